package org.dateline.core.model;

import java.util.List;
import java.util.Objects;
import org.dateline.core.claims.Attribution;

/**
 * Everything Dateline extracted from one article: the language annotation and, as later stages
 * are added, places, actors, events and claims. The unit written to JSON, the store and exports.
 *
 * @param attributions reported speech and its sources, in text order (empty when the annotation
 *     has no dependency parse)
 */
public record CodedDocument(AnnotatedDocument annotated, List<Attribution> attributions) {
  public CodedDocument {
    Objects.requireNonNull(annotated, "annotated");
    attributions = List.copyOf(attributions);
  }

  /** A document with the language annotation only. */
  public CodedDocument(AnnotatedDocument annotated) {
    this(annotated, List.of());
  }

  public Article article() {
    return annotated.article();
  }
}
