package org.dateline.core.model;

import java.util.Objects;

/**
 * One mention in a coreference chain.
 *
 * @param kind PROPER, NOMINAL, PRONOMINAL or LIST
 * @param headToken index of the head token in its sentence
 */
public record CorefMention(
    Span span, String text, int sentence, int headToken, String kind, String number, String gender) {
  public CorefMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(gender, "gender");
  }
}
