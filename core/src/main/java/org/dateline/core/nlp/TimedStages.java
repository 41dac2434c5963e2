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

  TimedStages(AnnotationPipeline pipeline) {
    this.stages = PipelineStages.of(pipeline);
    this.names =
        stages.stream()
            .map(a -> a == pipeline ? "corenlp" : a.getClass().getSimpleName().replace("Annotator", ""))
            .toList();
    this.nanos = new long[stages.size()];
    this.tokens = new long[stages.size()];
  }

  void annotate(Annotation doc) {
    for (int i = 0; i < stages.size(); i++) {
      long t0 = System.nanoTime();
      stages.get(i).annotate(doc);
      nanos[i] += System.nanoTime() - t0;
      tokens[i] += tokenCount(doc);
    }
  }

  /** Nanoseconds and tokens per annotator so far, in pipeline order. */
  Map<String, long[]> timings() {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      out.put(names.get(i), new long[] {nanos[i], tokens[i]});
    }
    return out;
  }

  static int tokenCount(Annotation doc) {
    List<?> t = doc.get(CoreAnnotations.TokensAnnotation.class);
    return t == null ? 0 : t.size();
  }
}
