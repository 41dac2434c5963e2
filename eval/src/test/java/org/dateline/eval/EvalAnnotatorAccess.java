package org.dateline.eval;

import org.dateline.core.nlp.LanguageAnnotator;

/** The per-JVM parsing annotator of the scorer ITs, for ITs in sub-packages. */
public final class EvalAnnotatorAccess {
  private EvalAnnotatorAccess() {}

  public static LanguageAnnotator parser() {
    return EvalAnnotator.parser();
  }
}
