package org.dateline.core.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.claims.Attribution;
import org.dateline.core.claims.ClaimAnalyzer;
import org.dateline.core.claims.Contradiction;
import org.dateline.core.claims.Contradictions;
import org.dateline.core.claims.Disagreement;
import org.dateline.core.claims.EventClaim;
import org.dateline.core.events.Event;
import org.dateline.core.model.AnnotatedDocument;

/**
 * Joins the events and the claims stages: every event gets the claim that reports it (source,
 * cue, status), and events of one article that describe the same happening are compared, so an
 * assertion and a denial (or two different counts) become a contradiction record.
 *
 * <p>Two events are taken to describe the same happening when they have the same PLOVER type, lie
 * within {@value #MAX_SENTENCE_GAP} sentences of each other, and share a participant (an actor
 * code, country or organisation on either side). Stateless and thread-safe.
 */
final class EventClaims {
  static final int MAX_SENTENCE_GAP = 3;
  private final ClaimAnalyzer analyzer;
  private final Contradictions contradictions = new Contradictions();

  EventClaims(ClaimAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  List<EventClaim> claims(AnnotatedDocument doc, List<Attribution> attributions, List<Event> events) {
    List<EventClaim> out = new ArrayList<>(events.size());
    for (Event e : events) {
      try {
        out.add(new EventClaim(e.id(), analyzer.claimFor(doc, attributions, e.sentence(), e.trigger())));
      } catch (IllegalArgumentException ex) {
        // A trigger outside its sentence is an event coder fault; the event keeps no claim.
      }
    }
    return out;
  }

  List<Contradiction> contradictions(List<Event> events, List<EventClaim> claims) {
    Map<String, Event> byId = new HashMap<>();
    events.forEach(e -> byId.put(e.id(), e));
    List<Contradiction> out = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        Event a = byId.get(claims.get(i).eventId());
        Event b = byId.get(claims.get(j).eventId());
        if (a == null || b == null || !sameHappening(a, b)) {
          continue;
        }
        for (Disagreement d : contradictions.among(List.of(claims.get(i).claim(), claims.get(j).claim()))) {
          out.add(new Contradiction(a.id(), b.id(), d));
        }
      }
    }
    return out;
  }

  static boolean sameHappening(Event a, Event b) {
    if (a.type() == null || a.type() != b.type()) {
      return false;
    }
    if (Math.abs(a.sentence() - b.sentence()) > MAX_SENTENCE_GAP) {
      return false;
    }
    Set<String> pa = participants(a);
    pa.retainAll(participants(b));
    return !pa.isEmpty();
  }

  private static Set<String> participants(Event e) {
    Set<String> out = new HashSet<>();
    List<ActorMention> all = new ArrayList<>(e.sources());
    all.addAll(e.targets());
    for (ActorMention m : all) {
      if (m.country() != null) {
        out.add("c:" + m.country());
      }
      if (m.organisation() != null) {
        out.add("o:" + m.organisation());
      }
    }
    return out;
  }
}
