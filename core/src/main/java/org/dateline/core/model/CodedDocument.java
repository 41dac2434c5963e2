package org.dateline.core.model;

import java.util.Objects;

/**
 * Everything Dateline extracted from one article: the language annotation and, as later stages
 * are added, places, actors, events and claims. The unit written to JSON, the store and exports.
 */
public record CodedDocument(AnnotatedDocument annotated) {
  public CodedDocument {
    Objects.requireNonNull(annotated, "annotated");
  }

  public Article article() {
    return annotated.article();
  }
}
