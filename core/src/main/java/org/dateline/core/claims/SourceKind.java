package org.dateline.core.claims;

/** What kind of thing a claim's source is. */
public enum SourceKind {
  /** A named or described individual ("Gen. Sarhad Kadir", "a spokesman"). */
  PERSON,
  /** Several people described together ("Iraqi officials", "residents"). */
  GROUP,
  /** A named organisation, government or country speaking as one ("the Pentagon", "Iraq"). */
  ORGANIZATION,
  /** A news outlet cited by the story ("reports the NDTV", "according to Reuters"). */
  OUTLET,
  /** A document or recording ("a statement", "the report"). */
  DOCUMENT,
  /** The article itself: no explicit source, so the claim is the outlet's own. */
  ARTICLE,
  /** A source the rules could not classify. */
  OTHER
}
