package org.dateline.core.model;

import java.util.List;
import java.util.Objects;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.events.Event;

/**
 * Everything Dateline extracted from one article: the language annotation and, as later stages
 * are added, places, actors, events and claims. The unit written to JSON, the store and exports.
 *
 * @param actors every actor mention, in text order (empty when the actors stage did not run)
 * @param events every coded event, in text order (empty when the events stage did not run)
 */
public record CodedDocument(AnnotatedDocument annotated, List<ActorMention> actors, List<Event> events) {
  public CodedDocument {
    Objects.requireNonNull(annotated, "annotated");
    actors = List.copyOf(actors);
    events = List.copyOf(events);
  }

  /** A document with the language annotation only. */
  public CodedDocument(AnnotatedDocument annotated) {
    this(annotated, List.of(), List.of());
  }

  public Article article() {
    return annotated.article();
  }
}
