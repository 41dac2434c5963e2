package org.dateline.core.model;

import java.util.List;
import java.util.Objects;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.claims.Attribution;
import org.dateline.core.claims.Contradiction;
import org.dateline.core.claims.EventClaim;
import org.dateline.core.events.Event;
import org.dateline.core.geo.Place;

/**
 * Everything Dateline extracted from one article: the language annotation, places, actors,
 * events and attributions. The unit written to JSON, the store and exports. A section is empty
 * when its stage did not run.
 *
 * @param places resolved place mentions, in text order
 * @param actors every actor mention, in text order
 * @param events every coded event, in text order
 * @param attributions reported speech and its sources, in text order
 * @param claims for each event, who claims it and how firmly, in event order
 * @param contradictions pairs of events' claims that cannot both hold
 */
public record CodedDocument(
    AnnotatedDocument annotated,
    List<Place> places,
    List<ActorMention> actors,
    List<Event> events,
    List<Attribution> attributions,
    List<EventClaim> claims,
    List<Contradiction> contradictions) {
  public CodedDocument {
    Objects.requireNonNull(annotated, "annotated");
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    attributions = List.copyOf(attributions);
    claims = List.copyOf(claims);
    contradictions = List.copyOf(contradictions);
  }

  /** A document with the language annotation only (no later stage ran). */
  public CodedDocument(AnnotatedDocument annotated) {
    this(annotated, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public Article article() {
    return annotated.article();
  }
}
