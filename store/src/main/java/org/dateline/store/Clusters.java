package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.core.dedup.EventCluster;
import org.dateline.core.dedup.EventClusterer;
import org.dateline.core.dedup.EventSignature;

/**
 * Event clusters, reports of one real-world happening across articles, kept up to date
 * incrementally inside the caller's transaction: a new article's events are compared only with
 * the clusters filed under compatible blocking keys, join them or start their own, and only the
 * clusters that changed are recounted. Clusters stored before V3 are singletons ({@link
 * #SINGLETON}) without signatures; they take part again once their article is recoded.
 */
final class Clusters {
  static final String SINGLETON = "singleton";
  static final String DEDUP = "dedup";
  /** Most bound parameters per statement (SQLite allows 32,766; PostgreSQL 65,535). */
  private static final int BATCH = 500;

  private final Connection c;
  private final EventClusterer clusterer;

  Clusters(Connection c, EventClusterer clusterer) {
    this.c = c;
    this.clusterer = clusterer;
  }

  /** The clusters holding any event of the article: those to refresh after it is recoded. */
  Set<String> ofArticle(String articleId) throws SQLException {
    return new LinkedHashSet<>(
        Sql.list(c, "SELECT DISTINCT m.cluster_id FROM cluster_members m JOIN events e ON e.id = m.event_id"
            + " WHERE e.article_id = ? ORDER BY m.cluster_id", List.of(articleId), rs -> rs.getString(1)));
  }

  /**
   * Puts each event (already written to {@code events}) in the best cluster it can join, or a new
   * one. Returns the ids of the clusters that gained members; their counts are left to {@link
   * #refresh}.
   */
  Set<String> assign(List<EventSignature> events, String now) throws SQLException {
    if (events.isEmpty()) {
      return Set.of();
    }
    List<EventCluster> candidates = candidates(events);
    Set<String> existing = new HashSet<>();
    candidates.forEach(k -> existing.add(k.id()));
    EventClusterer.Assignment a = clusterer.assign(events, candidates);
    Map<String, String> rename = new HashMap<>();
    for (EventCluster k : a.changed()) {
      if (!existing.contains(k.id())) {
        // a recoded article's event may start a cluster under an id an unrelated cluster still has
        String id = k.id();
        for (int n = 2; exists(id); n++) {
          id = k.id() + "~" + n;
        }
        rename.put(k.id(), id);
        Sql.update(c, "INSERT INTO event_clusters (id, method, event_count, source_count, article_count, updated_at)"
            + " VALUES (?, ?, 0, 0, 0, ?)", id, DEDUP, now);
      }
    }
    long seq = Sql.list(c, "SELECT COALESCE(MAX(seq), 0) FROM cluster_members", List.of(), rs -> rs.getLong(1)).get(0);
    Set<String> touched = new LinkedHashSet<>();
    for (EventSignature e : events) {
      String assigned = a.clusterOf().get(e.eventId());
      String cluster = rename.getOrDefault(assigned, assigned);
      EventClusterer.Block b = EventClusterer.block(e);
      Sql.update(c, "INSERT INTO cluster_members (event_id, cluster_id, blocking_key, key_quad, key_country, key_month,"
          + " signature, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          e.eventId(), cluster, b.key(), b.quad(), b.country(), b.month(), SignatureJson.write(e), ++seq);
      touched.add(cluster);
    }
    return touched;
  }

  /**
   * The stored clusters any of {@code events} could join: those with a member whose quad class,
   * country and month each equal the event's or are unknown ('*'), a part the event itself lacks
   * matching anything. Members in joining order, clusters in order of their first member, as a
   * batch run would have built them.
   */
  private List<EventCluster> candidates(List<EventSignature> events) throws SQLException {
    record Condition(String sql, List<Object> params) {}
    Set<Condition> conditions = new LinkedHashSet<>();
    for (EventSignature e : events) {
      StringBuilder w = new StringBuilder("1=1");
      List<Object> p = new ArrayList<>();
      EventClusterer.Block b = EventClusterer.block(e);
      if (!b.quad().equals("*")) {
        w.append(" AND key_quad IN (?, '*')");
        p.add(b.quad());
      }
      if (!b.country().equals("*")) {
        w.append(" AND key_country IN (?, '*')");
        p.add(b.country());
      }
      Set<String> months = EventClusterer.candidateMonths(e);
      if (!months.isEmpty()) {
        w.append(" AND key_month IN (").append(Sql.marks(months.size())).append(", '*')");
        p.addAll(months);
      }
      conditions.add(new Condition(w.toString(), p)); // an article's events mostly share one
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Condition cond : conditions) {
      ids.addAll(Sql.list(c, "SELECT DISTINCT cluster_id FROM cluster_members WHERE signature IS NOT NULL AND "
          + cond.sql(), cond.params(), rs -> rs.getString(1)));
    }
    return load(ids);
  }

  /** The clusters with these ids, members in joining order, clusters by their first member. */
  private List<EventCluster> load(Collection<String> ids) throws SQLException {
    record Member(String cluster, long seq, EventSignature sig) {}
    List<Member> members = new ArrayList<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<String> part = all.subList(from, Math.min(all.size(), from + BATCH));
      members.addAll(Sql.list(c, "SELECT cluster_id, seq, signature FROM cluster_members WHERE signature IS NOT NULL"
          + " AND cluster_id IN (" + Sql.marks(part.size()) + ")", part,
          rs -> new Member(rs.getString(1), rs.getLong(2), SignatureJson.read(rs.getString(3)))));
    }
    members.sort((x, y) -> x.seq() != y.seq() ? Long.compare(x.seq(), y.seq()) : x.sig().eventId().compareTo(y.sig().eventId()));
    Map<String, List<EventSignature>> byCluster = new LinkedHashMap<>();
    members.forEach(m -> byCluster.computeIfAbsent(m.cluster(), k -> new ArrayList<>()).add(m.sig()));
    List<EventCluster> out = new ArrayList<>();
    byCluster.forEach((id, sigs) -> out.add(new EventCluster(id, sigs)));
    return out;
  }

  private boolean exists(String id) throws SQLException {
    return !Sql.list(c, "SELECT 1 FROM event_clusters WHERE id = ?", List.of(id), rs -> 1).isEmpty();
  }

  /**
   * Brings each cluster up to date with its members: deletes it when none is left, else recounts
   * events, articles and distinct outlets (an article without an outlet counts alone), takes the
   * consensus again and re-derives its cross-article contradictions.
   */
  void refresh(Collection<String> ids, String now) throws SQLException {
    for (String id : ids) {
      if (Sql.update(c, "DELETE FROM event_clusters WHERE id = ? AND NOT EXISTS"
          + " (SELECT 1 FROM cluster_members WHERE cluster_id = ?)", id, id) > 0) {
        continue;
      }
      Sql.update(
          c,
          "UPDATE event_clusters SET event_count = (SELECT COUNT(*) FROM cluster_members WHERE cluster_id = ?),"
              + " article_count = (SELECT COUNT(DISTINCT e.article_id) FROM cluster_members m"
              + " JOIN events e ON e.id = m.event_id WHERE m.cluster_id = ?),"
              + " source_count = (SELECT COUNT(DISTINCT COALESCE(a.source, a.id)) FROM cluster_members m"
              + " JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = e.article_id WHERE m.cluster_id = ?),"
              + " updated_at = ? WHERE id = ?",
          id, id, id, now, id);
      List<EventCluster> loaded = load(List.of(id));
      if (!loaded.isEmpty()) {
        ClusterConsensus.write(c, loaded.get(0));
      }
      ClusterContradictions.refresh(c, id);
    }
  }
}
