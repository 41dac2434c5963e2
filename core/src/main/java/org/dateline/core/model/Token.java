package org.dateline.core.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position within its sentence, from 0
 * @param ner the token-level named-entity tag ({@code "O"} outside any entity)
 */
public record Token(int index, Span span, String word, String pos, String lemma, String ner) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(ner, "ner");
    if (index < 0) {
      throw new IllegalArgumentException("negative token index");
    }
  }
}
