package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CoreNLP pipeline's annotators run one by one, each timed, with the tokens it saw counted:
 * the per-annotator figures of {@code dateline bench}. Not thread-safe; callers serialise.
 */
final class TimedStages {
  private final List<Annotator> stages;
  private final List<String> names;
  private final long[] nanos;
  private final long[] tokens;
  private final long[] cpu;
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  TimedStages(AnnotationPipeline pipeline) {
    this.stages = PipelineStages.of(pipeline);
    this.names =
        stages.stream()
            .map(a -> a == pipeline ? "corenlp" : a.getClass().getSimpleName().replace("Annotator", ""))
            .toList();
    this.nanos = new long[stages.size()];
    this.tokens = new long[stages.size()];
    this.cpu = new long[stages.size()];
  }

  void annotate(Annotation doc) {
    annotate(doc, 0, stages.size());
  }

  /** Runs stages {@code [from, to)} only. */
  void annotate(Annotation doc, int from, int to) {
    for (int i = from; i < to; i++) {
      long t0 = System.nanoTime();
      long c0 = cpuNow();
      stages.get(i).annotate(doc);
      nanos[i] += System.nanoTime() - t0;
      cpu[i] += cpuNow() - c0;
      tokens[i] += tokenCount(doc);
    }
  }

  int size() {
    return stages.size();
  }

  /** Position of the stage named {@code name}, or {@link #size()} when there is none. */
  int indexOf(String name) {
    int i = names.indexOf(name);
    return i < 0 ? stages.size() : i;
  }

  /**
   * Per annotator so far, in pipeline order: wall-clock nanoseconds, tokens seen, and this
   * thread's CPU nanoseconds (what a busy machine does not inflate).
   */
  Map<String, long[]> timings() {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      out.put(names.get(i), new long[] {nanos[i], tokens[i], cpu[i]});
    }
    return out;
  }

  /** CPU time of the calling thread, or 0 where the JVM cannot measure it. */
  static long cpuNow() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  static int tokenCount(Annotation doc) {
    List<?> t = doc.get(CoreAnnotations.TokensAnnotation.class);
    return t == null ? 0 : t.size();
  }
}
