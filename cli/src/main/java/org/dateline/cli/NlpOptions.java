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

  @Option(
      names = "--profile",
      defaultValue = "full",
      paramLabel = "full|fast|lite",
      description = {
        "full (default): CoreNLP's three NER models and every annotator on every sentence.",
        "fast: one NER model; dependency parses, coreference and quotes only on sentences that",
        "can yield an event or a claim.",
        "lite: no statistical NER or coreference: rule-based NER plus Dateline's entity tagger,",
        "Dateline's pronoun resolution, parses only where needed (figures in docs/speed.md)."
      })
  String profile = "full";

  NlpConfig config() {
    NlpConfig.CorefAlgorithm algorithm;
    try {
      algorithm = NlpConfig.CorefAlgorithm.valueOf(coref.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException("--coref must be statistical or fastneural, got '" + coref + "'");
    }
    NlpConfig.Profile p;
    try {
      p = NlpConfig.Profile.valueOf(profile.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException("--profile must be full, fast or lite, got '" + profile + "'");
    }
    return NlpConfig.parse(annotators, algorithm, p);
  }

  /** The annotator for coding: under the fast profile, deep layers where the lexicons need them. */
  org.dateline.core.nlp.CoreNlpAnnotator annotator() {
    return new org.dateline.core.nlp.CoreNlpAnnotator(
        config(), org.dateline.core.pipeline.CueSelector.shipped());
  }
}
