package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.core.claims.Claim;
import org.dateline.core.claims.ClaimStatus;
import org.dateline.core.claims.Contradictions;
import org.dateline.core.claims.Count;
import org.dateline.core.claims.Disagreement;
import org.dateline.core.claims.Source;
import org.dateline.core.claims.SourceKind;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Contradictions across the articles of one cluster: reports of the same happening whose claims
 * cannot both hold, judged by the claims stage's own rule ({@link Contradictions}): one asserts or
 * reports what another denies, or they give different exact counts of the same kind of casualty.
 * Re-derived from the stored claims whenever the cluster changes, so records vanish with the
 * events they link. Each report is linked to the first earlier report it contradicts, once per kind
 * (per casualty kind for counts).
 */
final class ClusterContradictions {
  private static final Contradictions RULE = new Contradictions();

  private ClusterContradictions() {}

  /** A member's claim, with its exact casualty counts by kind. */
  private record Member(String eventId, String articleId, Claim claim, Map<String, Count> counts) {}

  static void refresh(Connection c, String clusterId) throws SQLException {
    Sql.update(c, "DELETE FROM contradictions WHERE scope = 'cluster' AND cluster_id = ?", clusterId);
    List<Member> members = members(c, clusterId);
    int ordinal = 0;
    // Each report is linked to the first earlier report in another article it contradicts, once
    // per kind (and casualty kind): a story repeated by many outlets gives records in proportion
    // to its reports, not to their pairs.
    for (int j = 1; j < members.size(); j++) {
      Member b = members.get(j);
      Set<String> found = new HashSet<>();
      for (int i = 0; i < j; i++) {
        Member a = members.get(i);
        if (a.articleId().equals(b.articleId())) {
          continue; // inside one article the claims stage has already judged them
        }
        for (Disagreement d : RULE.among(List.of(a.claim(), b.claim()))) {
          if (d.kind() == Disagreement.Kind.ASSERTED_VS_DENIED && found.add("denied")) {
            insert(c, clusterId, ordinal++, b.articleId(), d.kind(), a.eventId(), b.eventId(), d.explanation());
          }
        }
        for (Map.Entry<String, Count> count : a.counts().entrySet()) {
          Count other = b.counts().get(count.getKey());
          if (other == null || found.contains(count.getKey())) {
            continue;
          }
          List<Claim> counted = List.of(a.claim().withCount(count.getValue()), b.claim().withCount(other));
          for (Disagreement d : RULE.among(counted)) {
            if (d.kind() == Disagreement.Kind.COUNT && found.add(count.getKey())) {
              insert(c, clusterId, ordinal++, b.articleId(), d.kind(), a.eventId(), b.eventId(),
                  count.getKey() + ": " + d.explanation());
            }
          }
        }
      }
    }
  }

  private static void insert(Connection c, String clusterId, int ordinal, String articleId, Disagreement.Kind kind,
      String first, String second, String explanation) throws SQLException {
    Sql.update(c, "INSERT INTO contradictions (scope, article_id, cluster_id, ordinal, kind, first_event, second_event,"
        + " explanation) VALUES ('cluster', ?, ?, ?, ?, ?, ?, ?)",
        articleId, clusterId, ordinal, kind.name().toLowerCase(Locale.ROOT), first, second, explanation);
  }

  /** The cluster's members that have a claim, in joining order. */
  private static List<Member> members(Connection c, String clusterId) throws SQLException {
    Map<String, Map<String, Count>> counts = new LinkedHashMap<>();
    Sql.list(c, "SELECT q.event_id, q.kind, q.value, q.start_char, q.end_char FROM event_quantities q"
        + " JOIN cluster_members m ON m.event_id = q.event_id WHERE m.cluster_id = ? AND q.qualifier = 'exact'"
        + " AND q.value IS NOT NULL ORDER BY q.event_id, q.ordinal", List.of(clusterId), rs -> {
          long v = rs.getLong(3);
          if (v <= Integer.MAX_VALUE) { // the first count of each kind is the event's figure
            counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                .putIfAbsent(rs.getString(2), new Count((int) v, new Span(rs.getInt(4), rs.getInt(5))));
          }
          return v;
        });
    List<Member> out = new ArrayList<>();
    Sql.list(c, "SELECT e.id, e.article_id, e.trigger_start, e.trigger_end, e.sentence, cl.source_text,"
        + " cl.source_start, cl.source_end, cl.source_kind, cl.status FROM cluster_members m"
        + " JOIN events e ON e.id = m.event_id JOIN claims cl ON cl.event_id = e.id"
        + " WHERE m.cluster_id = ? ORDER BY m.seq, e.id", List.of(clusterId), rs -> {
          Span source = span(Sql.optInt(rs, "source_start"), Sql.optInt(rs, "source_end"));
          SourceKind kind = source == null ? SourceKind.ARTICLE : SourceKind.valueOf(rs.getString("source_kind").toUpperCase(Locale.ROOT));
          Claim claim = new Claim(new Span(rs.getInt("trigger_start"), rs.getInt("trigger_end")), rs.getInt("sentence"),
              new Source(rs.getString("source_text"), source, kind, null, null, null, null, null, List.of(), null),
              null, ClaimStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), null, null);
          String id = rs.getString("id");
          out.add(new Member(id, rs.getString("article_id"), claim, counts.getOrDefault(id, Map.of())));
          return id;
        });
    return out;
  }

  private static @Nullable Span span(@Nullable Integer start, @Nullable Integer end) {
    return start == null || end == null ? null : new Span(start, end);
  }
}
