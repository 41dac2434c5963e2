package org.dateline.eval.geo;

import java.util.List;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * Which of the geoparser's demonyms ("Sudanese", "Russian") a gold corpus annotates as toponyms
 * of their country. Dateline reports demonyms apart from places (they code actors); the scorer
 * maps them onto each corpus's own guidelines.
 */
public enum DemonymConvention {
  /** No demonym is a toponym (GeoCorpora, WikToR). */
  NONE,
  /** LGL: every adjectival toponym ("Sudanese") is annotated with its country. */
  ALL,
  /**
   * GeoWebNews (Gritta et al.): a demonym modifying a noun is a toponym ("Russian troops":
   * Non_Literal_Modifier); one naming people is not ("the Russians": Demonym).
   */
  MODIFIERS;

  /** Whether the demonym at {@code span} counts as a toponym under this convention. */
  boolean counts(AnnotatedDocument doc, Span span) {
    return switch (this) {
      case NONE -> false;
      case ALL -> true;
      case MODIFIERS -> modifiesANoun(doc, span);
    };
  }

  private static boolean modifiesANoun(AnnotatedDocument doc, Span span) {
    for (Sentence s : doc.sentences()) {
      List<Token> toks = s.tokens();
      for (int i = 0; i < toks.size(); i++) {
        Token t = toks.get(i);
        // The word that ends the demonym, or holds its end ("Russian-backed").
        if (t.span().end() < span.end() || t.span().start() >= span.end()) {
          continue;
        }
        if (t.pos().equals("NNS") || t.pos().equals("NNPS") || i + 1 == toks.size()) {
          return false;
        }
        String next = toks.get(i + 1).pos();
        // "Russian and Venezuelan delegations": the first of two coordinated modifiers.
        if (next.equals("CC") && i + 2 < toks.size()) {
          next = toks.get(i + 2).pos();
        }
        return next.startsWith("NN") || next.startsWith("JJ") || next.equals("CD")
            || next.equals("VBN") || next.equals("VBG");
      }
    }
    return false;
  }
}
