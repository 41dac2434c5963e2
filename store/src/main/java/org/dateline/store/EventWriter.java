package org.dateline.store;

import static org.dateline.store.EventRows.blankToNull;
import static org.dateline.store.EventRows.lower;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.core.claims.Contradiction;
import org.dateline.core.geo.GeoEntry;
import org.dateline.core.geo.Place;
import org.dateline.core.model.CodedDocument;
import org.dateline.store.EventRows.ActorRow;
import org.dateline.store.EventRows.ClaimRow;
import org.dateline.store.EventRows.QuantityRow;
import org.jspecify.annotations.Nullable;

/**
 * Writes an article's events, actors, quantities, claims, places and contradictions inside the
 * caller's transaction; {@link Clusters} then files the events in clusters.
 */
final class EventWriter {
  private final Connection c;

  EventWriter(Connection c) {
    this.c = c;
  }

  /**
   * Removes every derived row of an article: its events, their actors, counts, claims and
   * cluster memberships, and every contradiction naming one of its events (a cross-article one
   * too). The clusters it leaves are the caller's to refresh ({@link Clusters#refresh}).
   */
  void delete(String articleId) throws SQLException {
    String ofArticle = " IN (SELECT id FROM events WHERE article_id = ?)";
    Sql.update(c, "DELETE FROM contradictions WHERE article_id = ? OR first_event" + ofArticle
        + " OR second_event" + ofArticle, articleId, articleId, articleId);
    Sql.update(c, "DELETE FROM places WHERE article_id = ?", articleId);
    Sql.update(c, "DELETE FROM claims WHERE article_id = ?", articleId);
    Sql.update(c, "DELETE FROM event_actors WHERE event_id" + ofArticle, articleId);
    Sql.update(c, "DELETE FROM event_quantities WHERE event_id" + ofArticle, articleId);
    Sql.update(c, "DELETE FROM cluster_members WHERE event_id" + ofArticle, articleId);
    Sql.update(c, "DELETE FROM events WHERE article_id = ?", articleId);
  }

  /** Writes the article's events and everything hanging off them; returns the ids written. */
  Set<String> insert(CodedDocument doc) throws SQLException {
    String articleId = doc.article().id();
    Set<String> written = new HashSet<>();
    try (PreparedStatement ev = c.prepareStatement(insertSql("events", EventRow.COLUMNS));
        PreparedStatement act = c.prepareStatement(insertSql("event_actors", ActorRow.COLUMNS));
        PreparedStatement qty = c.prepareStatement(insertSql("event_quantities", QuantityRow.COLUMNS));
        PreparedStatement cl = c.prepareStatement(insertSql("claims", ClaimRow.COLUMNS))) {
      for (EventRows.Mapped m : EventRows.of(doc)) {
        written.add(m.event().id());
        addBatch(ev, m.event().values());
        for (ActorRow a : m.actors()) {
          addBatch(act, a.values());
        }
        for (QuantityRow q : m.quantities()) {
          addBatch(qty, q.values());
        }
        if (m.claim() != null) {
          addBatch(cl, m.claim().values());
        }
      }
      for (PreparedStatement ps : List.of(ev, act, qty, cl)) {
        ps.executeBatch();
      }
    }
    insertPlaces(articleId, doc.places());
    insertContradictions(articleId, doc.contradictions(), written);
    return written;
  }

  private void insertPlaces(String articleId, List<Place> places) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insertSql("places", PLACE_COLUMNS))) {
      int i = 0;
      for (Place p : places) {
        GeoEntry g = p.entry();
        add(ps, articleId, i++, p.text(), p.span().start(), p.span().end(), lower(p.source()),
            g == null || g.geonameId() == 0 ? null : g.geonameId(), g == null ? null : g.name(),
            g == null ? null : g.lat(), g == null ? null : g.lon(), g == null ? null : g.featureCode(),
            g == null ? null : blankToNull(g.admin1()), g == null ? null : blankToNull(g.admin2()),
            g == null ? null : blankToNull(g.countryIso2()), g == null ? null : blankToNull(g.countryIso3()),
            p.confidence(), lower(p.reason()), p.detail());
      }
      ps.executeBatch();
    }
  }

  private void insertContradictions(String articleId, List<Contradiction> contradictions, Set<String> events)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insertSql("contradictions", CONTRADICTION_COLUMNS))) {
      int i = 0;
      for (Contradiction x : contradictions) {
        if (events.contains(x.firstEvent()) && events.contains(x.secondEvent())) {
          add(ps, articleId, i++, lower(x.disagreement().kind()), x.firstEvent(), x.secondEvent(),
              x.disagreement().explanation());
        }
      }
      ps.executeBatch();
    }
  }

  private static final List<String> PLACE_COLUMNS =
      List.of("article_id", "ordinal", "text", "start_char", "end_char", "source", "geonames_id", "name",
          "lat", "lon", "feature_code", "admin1", "admin2", "country_iso2", "country_iso3", "confidence",
          "reason", "detail");
  private static final List<String> CONTRADICTION_COLUMNS =
      List.of("article_id", "ordinal", "kind", "first_event", "second_event", "explanation");

  private static String insertSql(String table, List<String> columns) {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + Sql.marks(columns.size()) + ")";
  }

  private static void add(PreparedStatement ps, @Nullable Object... values) throws SQLException {
    addBatch(ps, Arrays.asList(values));
  }

  private static void addBatch(PreparedStatement ps, List<@Nullable Object> values) throws SQLException {
    Sql.bind(ps, values);
    ps.addBatch();
  }
}
