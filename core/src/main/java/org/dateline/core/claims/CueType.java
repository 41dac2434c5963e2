package org.dateline.core.claims;

/** How an attribution was signalled. */
public enum CueType {
  /** A reporting verb: "said", "denied", "told", "reports". */
  VERB,
  /** A sourced noun phrase: "reports that ...", "the claim by Saudi Arabia to be ...". */
  NOUN,
  /** "according to X". */
  ACCORDING_TO,
  /** A quotation attributed to its speaker. */
  QUOTE
}
