package org.dateline.core.nlp;

import java.util.List;
import org.dateline.core.model.Token;

/**
 * Chooses, from the cheap layers of a sentence (words, POS, lemmas; no entities yet), whether it
 * needs the expensive ones (dependency parse, coreference, quotes) under {@link
 * NlpConfig.Profile#FAST}. A selector must say yes to every sentence a later stage could use a
 * parse in; saying yes too often only costs time.
 */
@FunctionalInterface
public interface SentenceSelector {
  /** Every sentence: what {@link NlpConfig.Profile#FULL} does. */
  SentenceSelector ALL = tokens -> true;

  /** Whether this sentence (tokens with {@code ner} still {@code "O"}) gets the deep layers. */
  boolean wants(List<Token> tokens);
}
