package org.dateline.core.pipeline;

import java.util.List;
import java.util.Objects;
import org.dateline.core.claims.Attribution;
import org.dateline.core.claims.Attributor;
import org.dateline.core.claims.ClaimAnalyzer;
import org.dateline.core.claims.ClaimStatus;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.nlp.LanguageAnnotator;
import org.dateline.core.time.TimeAnchoring;

/**
 * Wires the stages together: Article → AnnotatedDocument → (places, actors, events, claims) →
 * CodedDocument. Holds no state of its own beyond the stages it was built with; as thread-safe as
 * they are.
 *
 * <p>Attribution needs a dependency parse; with an annotator that does not produce one (a reduced
 * {@code --annotators} list) documents carry no attributions. When it runs, dates in clauses whose
 * status is future or intended ("plans to visit on Saturday") are re-anchored forward.
 */
public final class DatelinePipeline {
  private final LanguageAnnotator annotator;
  private final Attributor attributor;
  private final ClaimAnalyzer claims;
  private final TimeAnchoring timeAnchoring = new TimeAnchoring();
  private final boolean attributes;

  public DatelinePipeline(LanguageAnnotator annotator) {
    this(annotator, new Attributor());
  }

  public DatelinePipeline(LanguageAnnotator annotator, Attributor attributor) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.attributor = Objects.requireNonNull(attributor, "attributor");
    this.claims = new ClaimAnalyzer(attributor);
    this.attributes = annotator.layers().containsAll(Attributor.REQUIRED);
  }

  /** Codes one article. Throws {@link RuntimeException} only for a fault in a stage. */
  public CodedDocument code(Article article) {
    AnnotatedDocument annotated = annotator.annotate(article);
    if (!attributes) {
      return new CodedDocument(annotated);
    }
    AnnotatedDocument parsed = annotated;
    AnnotatedDocument anchored =
        timeAnchoring.apply(
            parsed,
            t -> claims.statusAt(parsed, t.sentence(), t.span()) == ClaimStatus.FUTURE);
    List<Attribution> attributions = attributor.attribute(anchored);
    return new CodedDocument(anchored, attributions);
  }
}
