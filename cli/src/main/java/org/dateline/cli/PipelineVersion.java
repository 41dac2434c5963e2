package org.dateline.cli;

/**
 * Names everything that decides a coding's output, so a store can tell a stale coding from a
 * current one: Dateline's version and the NLP configuration (dictionaries join it as they come).
 */
final class PipelineVersion {
  private PipelineVersion() {}

  static String of(NlpOptions nlp) {
    String v = DatelineCli.class.getPackage().getImplementationVersion();
    return "dateline-" + (v == null ? "dev" : v) + ";annotators=" + nlp.annotators.replace(" ", "") + ";coref=" + nlp.coref
        + ";profile=" + nlp.profile;
  }
}
