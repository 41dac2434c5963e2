package org.dateline.core.claims;

/**
 * How firmly a clause is put forward. When several cues apply the strongest wins, in declaration
 * order from {@link #NEGATED} (see {@link #outranks}).
 */
public enum ClaimStatus {
  /** Denied or negated: "did not take part", "denied". */
  NEGATED,
  /** Hypothetical or conditional: "would be", "if". */
  HYPOTHETICAL,
  /** Future or intended: "will", "plans to", "hoping to". */
  FUTURE,
  /** Hedged: "either killed or gravely wounded", "may have", "possibly". */
  HEDGED,
  /** Unverified: "purportedly", "allegedly", "could not be confirmed", "claimed responsibility". */
  UNVERIFIED,
  /** Attributed to a source other than the article: "officials said". */
  REPORTED,
  /** Stated by the article itself without qualification. */
  ASSERTED;

  /** True if this status takes precedence over {@code other} when both apply. */
  public boolean outranks(ClaimStatus other) {
    return ordinal() < other.ordinal();
  }
}
