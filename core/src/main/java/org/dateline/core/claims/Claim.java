package org.dateline.core.claims;

import java.util.Objects;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * What the article says about one trigger (an event word): who says it and how firmly.
 *
 * @param trigger the span the caller asked about
 * @param sentence its sentence
 * @param source who makes the claim; the article itself when nobody is cited
 * @param cue the attribution cue ("said"), if the claim is attributed
 * @param status how firmly it is put forward
 * @param statusCue the words that set the status ("did not", "would", "purportedly")
 * @param count a number of participants given with the trigger ("Two ... leaders were killed")
 */
public record Claim(
    Span trigger,
    int sentence,
    Source source,
    @Nullable Phrase cue,
    ClaimStatus status,
    @Nullable Phrase statusCue,
    @Nullable Count count) {

  public Claim {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
  }

  /** A copy with the count the caller (the event coder) read for this event. */
  public Claim withCount(@Nullable Count newCount) {
    return new Claim(trigger, sentence, source, cue, status, statusCue, newCount);
  }
}
