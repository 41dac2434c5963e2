package org.dateline.core.testkit;

import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.nlp.NlpConfig;

/**
 * One full CoreNLP annotator per test JVM: loading it costs ~30 s and 2 GB, so integration tests
 * share it instead of each building their own. Test code only; the product passes its annotator in
 * through constructors.
 */
public final class SharedAnnotator {
  private SharedAnnotator() {}

  private static final class Holder {
    static final CoreNlpAnnotator FULL = new CoreNlpAnnotator(NlpConfig.full());
  }

  public static CoreNlpAnnotator full() {
    return Holder.FULL;
  }
}
