package org.dateline.core.pipeline;

import java.util.Objects;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.nlp.LanguageAnnotator;

/**
 * Wires the stages together: Article → AnnotatedDocument → (places, actors, events, claims) →
 * CodedDocument. Holds no state of its own beyond the stages it was built with; as thread-safe as
 * they are.
 */
public final class DatelinePipeline {
  private final LanguageAnnotator annotator;

  public DatelinePipeline(LanguageAnnotator annotator) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
  }

  /** Codes one article. Throws {@link RuntimeException} only for a fault in a stage. */
  public CodedDocument code(Article article) {
    AnnotatedDocument annotated = annotator.annotate(article);
    return new CodedDocument(annotated);
  }
}
