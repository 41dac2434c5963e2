package org.dateline.cli;

import org.dateline.core.nlp.NlpConfig;
import picocli.CommandLine.Option;

/** Flags that choose the language-annotation layers. */
final class NlpOptions {
  static final String FULL = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  @Option(
      names = "--annotators",
      defaultValue = FULL,
      description = "CoreNLP annotators to run (default ${DEFAULT-VALUE}).")
  String annotators;

  @Option(
      names = "--coref",
      defaultValue = "fastneural",
      paramLabel = "statistical|fastneural",
      description = "Coreference algorithm (default ${DEFAULT-VALUE}).")
  String coref;

  NlpConfig config() {
    NlpConfig.CorefAlgorithm algorithm;
    try {
      algorithm = NlpConfig.CorefAlgorithm.valueOf(coref.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException("--coref must be statistical or fastneural, got '" + coref + "'");
    }
    return NlpConfig.parse(annotators, algorithm);
  }
}
