package org.dateline.core.events;

/**
 * What the sentence commits to about an event, from cues next to its trigger. Recorded, never used
 * to drop an event or change its type: attribution and status belong to the claims stage.
 */
public enum Modality {
  /** No cue: stated as having happened. */
  ASSERTED,
  /** Negated ("did not take part"). */
  NEGATED,
  /** Conditional or counterfactual ("would be", "could", "if"). */
  HYPOTHETICAL,
  /** Announced for the future ("will", "plans to"). */
  FUTURE,
  /** Stated as an obligation ("must", "has to"): someone demands it. */
  REQUIRED,
  /** Wanted, requested or attempted but not reported as done ("implored Muslims to fight", "hoping to"). */
  INTENDED
}
