package org.dateline.core.nlp;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import java.lang.reflect.Field;
import java.util.List;

/**
 * The annotators inside a CoreNLP pipeline, so each can be run and timed on its own. CoreNLP keeps
 * the list private; if a future version renames it, the whole pipeline becomes one stage and only
 * the per-annotator timings are lost.
 */
final class PipelineStages {
  private PipelineStages() {}

  static List<Annotator> of(AnnotationPipeline pipeline) {
    try {
      Field f = AnnotationPipeline.class.getDeclaredField("annotators");
      f.setAccessible(true);
      Object value = f.get(pipeline);
      if (value instanceof List<?> list && !list.isEmpty()) {
        return list.stream().map(Annotator.class::cast).toList();
      }
    } catch (NoSuchFieldException | IllegalAccessException | RuntimeException e) {
      // fall through: run the pipeline as a single stage
    }
    return List.of(pipeline);
  }
}
