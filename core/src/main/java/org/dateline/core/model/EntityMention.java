package org.dateline.core.model;

import java.util.Objects;

/**
 * A named-entity mention.
 *
 * @param label the fine-grained label as produced ({@code "CITY"}, {@code "PERSON"})
 * @param kind the coarse class downstream stages switch on
 * @param sentence index of the sentence holding the mention
 * @param firstToken index of the mention's first token in that sentence
 * @param endToken index one past its last token
 */
public record EntityMention(
    Span span, String text, String label, EntityKind kind, int sentence, int firstToken, int endToken) {
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("bad token range " + firstToken + ".." + endToken);
    }
  }
}
