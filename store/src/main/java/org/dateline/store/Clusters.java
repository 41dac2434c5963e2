package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Event clusters: reports of the same real-world event. The store puts each new event in a
 * cluster of its own ({@link #SINGLETON}); a clusterer may later move members and call
 * {@link #refresh} so the counts stay true.
 */
final class Clusters {
  static final String SINGLETON = "singleton";

  private Clusters() {}

  /** Recounts a cluster's events and distinct outlets (an article without an outlet counts alone). */
  static void refresh(Connection c, String clusterId, String now) throws SQLException {
    Sql.update(
        c,
        "UPDATE event_clusters SET event_count = (SELECT COUNT(*) FROM cluster_members WHERE cluster_id = ?),"
            + " source_count = (SELECT COUNT(DISTINCT COALESCE(a.source, a.id)) FROM cluster_members m"
            + " JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = e.article_id WHERE m.cluster_id = ?),"
            + " updated_at = ? WHERE id = ?",
        clusterId, clusterId, now, clusterId);
  }
}
