package org.dateline.core.model;

/** Coarse entity classes; the fine label stays on {@link EntityMention#label()}. */
public enum EntityKind {
  PERSON,
  ORGANIZATION,
  LOCATION,
  /** Nationalities, religious and political groups ("Iraqi", "Shiite"): they code actors. */
  GROUP,
  TITLE,
  TIME,
  NUMBER,
  OTHER;

  /** Maps a CoreNLP-style NER label to its kind; unknown labels are {@link #OTHER}. */
  public static EntityKind ofLabel(String label) {
    return switch (label) {
      case "PERSON" -> PERSON;
      case "ORGANIZATION" -> ORGANIZATION;
      case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> LOCATION;
      case "NATIONALITY", "RELIGION", "IDEOLOGY" -> GROUP;
      case "TITLE" -> TITLE;
      case "DATE", "TIME", "DURATION", "SET" -> TIME;
      case "NUMBER", "ORDINAL", "MONEY", "PERCENT" -> NUMBER;
      default -> OTHER;
    };
  }
}
