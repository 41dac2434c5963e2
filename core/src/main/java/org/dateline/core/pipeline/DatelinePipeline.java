package org.dateline.core.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.core.geo.Geoparser;
import org.dateline.core.geo.Place;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Layer;
import org.dateline.core.nlp.LanguageAnnotator;

/**
 * Wires the stages together: Article → AnnotatedDocument → (places, actors, events, claims) →
 * CodedDocument. Holds no state of its own beyond the stages it was built with; as thread-safe as
 * they are. Heavy resources (the annotator's models, the geoparser's gazetteer) are built once by
 * the caller and passed in.
 */
public final class DatelinePipeline {
  private final LanguageAnnotator annotator;
  private final Optional<Geoparser> geoparser;

  /** A pipeline with the language annotation only. */
  public DatelinePipeline(LanguageAnnotator annotator) {
    this(annotator, Optional.empty());
  }

  /**
   * A pipeline with places. Fails at construction, naming the fix, when the annotator does not
   * produce the layers the geoparser needs.
   */
  public DatelinePipeline(LanguageAnnotator annotator, Optional<Geoparser> geoparser) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
    if (geoparser.isPresent()
        && !annotator.layers().containsAll(List.of(Layer.TOKENS, Layer.POS, Layer.ENTITIES))) {
      throw new IllegalArgumentException("the places stage needs named entities: include 'ner' in"
          + " --annotators (or switch places off with --no-places)");
    }
  }

  /** Codes one article. Throws {@link RuntimeException} only for a fault in a stage. */
  public CodedDocument code(Article article) {
    AnnotatedDocument annotated = annotator.annotate(article);
    List<Place> places = geoparser.map(g -> g.places(annotated)).orElse(List.of());
    return new CodedDocument(annotated, places);
  }
}
