package org.dateline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an {@link EventQuery} into a FROM/WHERE clause and its parameters. Only fixed SQL text is
 * concatenated; every user value becomes a bound parameter.
 */
final class EventSql {
  final String fromWhere;
  final List<Object> params;

  private EventSql(String fromWhere, List<Object> params) {
    this.fromWhere = fromWhere;
    this.params = params;
  }

  static final String FROM =
      " FROM events e JOIN articles a ON a.id = e.article_id"
          + " LEFT JOIN cluster_members m ON m.event_id = e.id"
          + " LEFT JOIN event_clusters k ON k.id = m.cluster_id"
          + " LEFT JOIN claims c ON c.event_id = e.id";

  static EventSql of(EventQuery q) {
    StringBuilder w = new StringBuilder(FROM).append(" WHERE 1=1");
    List<Object> p = new ArrayList<>();
    if (!q.types().isEmpty()) {
      w.append(" AND e.type IN (").append(Sql.marks(q.types().size())).append(")");
      p.addAll(q.types());
    }
    if (q.mode() != null) {
      w.append(" AND e.mode = ?");
      p.add(q.mode());
    }
    if (q.actor() != null) {
      String needle = "%" + like(q.actor().toLowerCase(Locale.ROOT)) + "%";
      w.append(
          " AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND (x.code LIKE ? ESCAPE '\\'"
              + " OR LOWER(x.text) LIKE ? ESCAPE '\\' OR LOWER(x.name) LIKE ? ESCAPE '\\'))");
      p.add(like(q.actor().toUpperCase(Locale.ROOT)) + "%");
      p.add(needle);
      p.add(needle);
    }
    if (q.country() != null) {
      w.append(q.country().length() == 2 ? " AND e.country_iso2 = ?" : " AND e.country_iso3 = ?");
      p.add(q.country());
    }
    if (q.place() != null) {
      w.append(" AND (e.place_ref = ? OR LOWER(e.place_name) = ? OR LOWER(e.location_text) = ?)");
      String lower = q.place().toLowerCase(Locale.ROOT);
      p.add(q.place());
      p.add(lower);
      p.add(lower);
    }
    if (q.from() != null) {
      w.append(" AND e.date_last >= ?");
      p.add(q.from().toString());
    }
    if (q.to() != null) {
      w.append(" AND e.date_first <= ?");
      p.add(q.to().toString());
    }
    if (q.status() != null) {
      w.append(" AND e.status = ?");
      p.add(q.status());
    }
    if (q.minSources() > 1) {
      w.append(" AND k.source_count >= ?");
      p.add(q.minSources());
    }
    if (q.text() != null) {
      for (String word : q.text().toLowerCase(Locale.ROOT).split("\\s+")) {
        w.append(" AND LOWER(e.evidence_text) LIKE ? ESCAPE '\\'");
        p.add("%" + like(word) + "%");
      }
    }
    if (q.bbox() != null) {
      EventQuery.BoundingBox b = q.bbox();
      w.append(" AND e.lat BETWEEN ? AND ?");
      p.add(b.south());
      p.add(b.north());
      w.append(b.west() <= b.east() ? " AND e.lon BETWEEN ? AND ?" : " AND (e.lon >= ? OR e.lon <= ?)");
      p.add(b.west());
      p.add(b.east());
    }
    if (q.articleId() != null) {
      w.append(" AND e.article_id = ?");
      p.add(q.articleId());
    }
    return new EventSql(w.toString(), p);
  }

  static String orderBy(EventQuery.Sort sort) {
    // undated events last on both vendors (they order NULLs differently)
    String undatedLast = "CASE WHEN e.date_first IS NULL THEN 1 ELSE 0 END";
    return switch (sort) {
      case NEWEST -> " ORDER BY " + undatedLast + ", e.date_first DESC, e.id";
      case OLDEST -> " ORDER BY " + undatedLast + ", e.date_first ASC, e.id";
      case MOST_SOURCES -> " ORDER BY COALESCE(k.source_count, 0) DESC, " + undatedLast + ", e.date_first DESC, e.id";
    };
  }

  /** Escapes LIKE wildcards so user text matches literally. */
  static String like(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
