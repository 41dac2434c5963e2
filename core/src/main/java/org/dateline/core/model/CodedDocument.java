package org.dateline.core.model;

import java.util.List;
import java.util.Objects;
import org.dateline.core.claims.Attribution;
import org.dateline.core.geo.Place;

/**
 * Everything Dateline extracted from one article: the language annotation, places, and (as the
 * stages run) attributions. The unit written to JSON, the store and exports.
 *
 * @param places resolved place mentions, in text order (empty when the places stage did not run)
 * @param attributions reported speech and its sources, in text order (empty when the annotation
 *     has no dependency parse)
 */
public record CodedDocument(AnnotatedDocument annotated, List<Place> places, List<Attribution> attributions) {
  public CodedDocument {
    Objects.requireNonNull(annotated, "annotated");
    places = List.copyOf(places);
    attributions = List.copyOf(attributions);
  }

  /** A document with the language annotation only (no later stage ran). */
  public CodedDocument(AnnotatedDocument annotated) {
    this(annotated, List.of(), List.of());
  }

  public Article article() {
    return annotated.article();
  }
}
