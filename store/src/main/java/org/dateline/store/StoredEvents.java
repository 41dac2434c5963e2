package org.dateline.store;

import static org.dateline.store.EventWriter.blankToNull;
import static org.dateline.store.EventWriter.lower;
import static org.dateline.store.EventWriter.name;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.claims.Claim;
import org.dateline.core.claims.EventClaim;
import org.dateline.core.dedup.EventClusterer;
import org.dateline.core.dedup.EventSignature;
import org.dateline.core.dedup.Signatures;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventDate;
import org.dateline.core.geo.GeoEntry;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.jspecify.annotations.Nullable;

/**
 * A coded document's events as the flat records the store returns, without a store: what a batch
 * job (the Spark coder) writes so that its tables have the store export's columns and meanings.
 * Clusters are those of the article alone, as a store holding only this article would have them:
 * merging reports across articles needs the store (see docs/dedup.md).
 */
public final class StoredEvents {
  private static final EventClusterer CLUSTERER = new EventClusterer();

  private StoredEvents() {}

  public static List<StoredEvent> of(CodedDocument doc) {
    Article a = doc.article();
    String text = a.text();
    Map<String, Claim> claims = new HashMap<>();
    for (EventClaim ec : doc.claims()) {
      claims.putIfAbsent(ec.eventId(), ec.claim());
    }
    Set<String> ids = new HashSet<>();
    List<EventSignature> signatures = new ArrayList<>();
    for (EventSignature sig : Signatures.of(doc)) {
      if (ids.add(sig.eventId())) {
        signatures.add(sig);
      }
    }
    Map<String, String> clusterOf = CLUSTERER.assign(signatures, List.of()).clusterOf();
    Set<String> seen = new HashSet<>();
    List<StoredEvent> out = new ArrayList<>();
    for (Event e : doc.events()) {
      if (!seen.add(e.id())) {
        continue; // as in the store: one row per id
      }
      Claim claim = claims.get(e.id());
      GeoEntry g = e.location().entry();
      EventDate d = e.date();
      LocalDate[] range = d == null ? null : EventWriter.dayRange(d);
      out.add(new StoredEvent(e.id(), a.id(), name(e.type()), name(e.action()), e.mode(), e.context(), e.cameo(),
          Cameo.root(e.cameo()), Cameo.quadClass(e.cameo()), Cameo.goldstein(e.cameo()), e.triggerText(),
          d == null ? null : d.value(), d == null ? null : lower(d.precision()),
          range == null ? null : range[0].toString(), e.location().text(), g == null ? null : g.ref(),
          g == null ? null : g.name(), e.location().lat(), e.location().lon(),
          g == null ? null : blankToNull(g.countryIso2()), g == null ? null : blankToNull(g.countryIso3()),
          g == null ? null : g.featureCode(), lower(e.modality()), e.negated(),
          claim == null ? null : lower(claim.status()), claim == null ? null : claim.source().text(),
          doc.annotated().sentences().get(e.sentence()).span().of(text),
          actors("source", e.sources()), actors("target", e.targets()), clusterOf.get(e.id()), 1, a.title(), a.source(), a.url(),
          a.published() == null ? null : a.published().toString()));
    }
    return out;
  }

  private static List<StoredActor> actors(String role, List<ActorMention> mentions) {
    return mentions.stream()
        .map(m -> new StoredActor(role, m.text(), m.span(), m.code(), m.country(), m.organisation(),
            m.sector() == null ? null : m.sector().name(), m.name()))
        .toList();
  }
}
