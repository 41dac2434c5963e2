package org.dateline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.core.dedup.EventClusterer;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;

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
    List<EventRows.Mapped> rows = EventRows.of(doc);
    Set<String> ids = rows.stream().map(m -> m.event().id()).collect(Collectors.toSet());
    Map<String, String> clusterOf = CLUSTERER.assign(EventRows.signatures(doc, ids), List.of()).clusterOf();
    List<StoredEvent> out = new ArrayList<>();
    for (EventRows.Mapped m : rows) {
      out.add(m.event().stored(m.claim() == null ? null : m.claim().sourceText(), actors(m.actors(), "source"),
          actors(m.actors(), "target"), clusterOf.get(m.event().id()), 1, a.title(), a.source(), a.url(),
          a.published() == null ? null : a.published().toString()));
    }
    return out;
  }

  private static List<StoredActor> actors(List<EventRows.ActorRow> rows, String role) {
    return rows.stream().filter(r -> r.role().equals(role)).map(EventRows.ActorRow::stored).toList();
  }
}
