package org.dateline.core.model;

import java.util.List;
import org.dateline.core.geo.Place;
import java.util.Objects;

/**
 * Everything Dateline extracted from one article: the language annotation and, as later stages
 * are added, places, actors, events and claims. The unit written to JSON, the store and exports.
 */
public record CodedDocument(AnnotatedDocument annotated, List<Place> places) {
  public CodedDocument {
    Objects.requireNonNull(annotated, "annotated");
    places = List.copyOf(places);
  }

  /** A document with the language annotation only (no later stage ran). */
  public CodedDocument(AnnotatedDocument annotated) {
    this(annotated, List.of());
  }

  public Article article() {
    return annotated.article();
  }
}
