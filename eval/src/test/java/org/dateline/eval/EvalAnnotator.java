package org.dateline.eval;

import org.dateline.core.nlp.CoreNlpAnnotator;

/** One dependency-parsing annotator per test JVM for the scorer ITs (loading costs ~20 s). */
final class EvalAnnotator {
  private EvalAnnotator() {}

  private static final class Holder {
    static final CoreNlpAnnotator PARSER = new CoreNlpAnnotator(PloverCommand.nlpConfig());
  }

  static CoreNlpAnnotator parser() {
    return Holder.PARSER;
  }
}
