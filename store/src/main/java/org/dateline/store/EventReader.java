package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dateline.core.model.Span;
import org.dateline.store.EventDetail.StoredClaim;
import org.dateline.store.EventDetail.StoredQuantity;
import org.dateline.store.Listings.ActorCount;
import org.dateline.store.Listings.Count;
import org.dateline.store.Listings.PlaceCount;
import org.dateline.store.Listings.TimelineCount;
import org.jspecify.annotations.Nullable;

/** The read side of events: listings, one event's detail, aggregates. Runs inside the store's connection. */
final class EventReader {
  private static final int ACTOR_BATCH = 500;
  private static final String COLUMNS =
      "SELECT e.*, a.title AS a_title, a.source AS a_source, a.url AS a_url, a.published AS a_published,"
          + " m.cluster_id AS k_id, k.source_count AS k_sources, c.source_text AS c_source";

  private final Connection c;

  EventReader(Connection c) {
    this.c = c;
  }

  List<StoredEvent> events(EventQuery q) throws SQLException {
    EventSql w = EventSql.of(q);
    List<Object> params = new ArrayList<>(w.params);
    params.add(q.limit());
    params.add(q.offset());
    List<StoredEvent> page =
        Sql.list(c, COLUMNS + w.fromWhere + EventSql.orderBy(q.sort()) + " LIMIT ? OFFSET ?", params, EventReader::event);
    return withActors(page);
  }

  long count(EventQuery q) throws SQLException {
    EventSql w = EventSql.of(q);
    return Sql.list(c, "SELECT COUNT(*)" + w.fromWhere, w.params, rs -> rs.getLong(1)).get(0);
  }

  /** Every matching event in the query's order, limit and offset ignored, streamed in batches. */
  long each(EventQuery q, Consumer<StoredEvent> sink) throws SQLException {
    EventSql w = EventSql.of(q);
    long n = 0;
    try (PreparedStatement ps = c.prepareStatement(COLUMNS + w.fromWhere + EventSql.orderBy(q.sort()))) {
      ps.setFetchSize(ACTOR_BATCH); // PostgreSQL streams with a cursor instead of loading everything
      Sql.bind(ps, w.params);
      List<StoredEvent> batch = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          batch.add(event(rs));
          if (batch.size() == ACTOR_BATCH) {
            withActors(batch).forEach(sink);
            n += batch.size();
            batch.clear();
          }
        }
      }
      withActors(batch).forEach(sink);
      return n + batch.size();
    }
  }

  Optional<EventDetail> detail(String id) throws SQLException {
    List<StoredEvent> found =
        withActors(Sql.list(c, COLUMNS + EventSql.FROM + " WHERE e.id = ?", List.of(id), EventReader::event));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredEvent e = found.get(0);
    List<Object[]> spans =
        Sql.list(c, "SELECT trigger_start, trigger_end, evidence_start, evidence_end, date_start, date_end, date_text,"
            + " location_start, location_end FROM events WHERE id = ?", List.of(id),
            rs -> new Object[] {
              new Span(rs.getInt(1), rs.getInt(2)), new Span(rs.getInt(3), rs.getInt(4)),
              span(Sql.optInt(rs, "date_start"), Sql.optInt(rs, "date_end")), rs.getString(7),
              span(Sql.optInt(rs, "location_start"), Sql.optInt(rs, "location_end"))
            });
    Object[] s = spans.get(0);
    List<StoredClaim> claim =
        Sql.list(c, "SELECT * FROM claims WHERE event_id = ?", List.of(id),
            rs -> new StoredClaim(rs.getString("source_text"),
                span(Sql.optInt(rs, "source_start"), Sql.optInt(rs, "source_end")), rs.getString("source_kind"),
                rs.getString("source_name"), rs.getString("cue_text"),
                span(Sql.optInt(rs, "cue_start"), Sql.optInt(rs, "cue_end")), rs.getString("status"),
                rs.getString("status_cue_text"),
                span(Sql.optInt(rs, "status_cue_start"), Sql.optInt(rs, "status_cue_end"))));
    List<StoredQuantity> quantities =
        Sql.list(c, "SELECT * FROM event_quantities WHERE event_id = ? ORDER BY ordinal", List.of(id),
            rs -> new StoredQuantity(rs.getString("kind"), Sql.optLong(rs, "value"), rs.getString("qualifier"),
                rs.getString("text"), new Span(rs.getInt("start_char"), rs.getInt("end_char"))));
    List<StoredContradiction> contradictions =
        Sql.list(c, "SELECT * FROM contradictions WHERE first_event = ? OR second_event = ?"
            + " ORDER BY scope, article_id, ordinal, id",
            List.of(id, id), EventReader::contradiction);
    List<String> cluster =
        e.clusterId() == null
            ? List.of()
            : Sql.list(c, "SELECT event_id FROM cluster_members WHERE cluster_id = ? AND event_id <> ? ORDER BY event_id",
                List.of(e.clusterId(), id), rs -> rs.getString(1));
    return Optional.of(new EventDetail(e, (Span) s[0], (Span) s[1], (Span) s[2], (String) s[3], (Span) s[4],
        claim.isEmpty() ? null : claim.get(0), quantities, contradictions, cluster,
        e.clusterId() == null ? null : cluster(e.clusterId()).orElse(null)));
  }

  Optional<StoredCluster> cluster(String id) throws SQLException {
    return Sql.list(c, "SELECT * FROM event_clusters WHERE id = ?", List.of(id), EventReader::storedCluster).stream().findFirst();
  }

  /** The members' event ids, in the order they joined. */
  List<String> clusterMembers(String id) throws SQLException {
    return Sql.list(c, "SELECT event_id FROM cluster_members WHERE cluster_id = ? ORDER BY seq, event_id", List.of(id),
        rs -> rs.getString(1));
  }

  private static StoredCluster storedCluster(ResultSet rs) throws SQLException {
    Integer articles = Sql.optInt(rs, "article_count");
    return new StoredCluster(rs.getString("id"), rs.getString("method"), rs.getInt("event_count"),
        rs.getInt("source_count"), articles == null ? 1 : articles, rs.getString("type"), rs.getString("country_iso3"),
        rs.getString("place_ref"), rs.getString("place_name"), Sql.optDouble(rs, "lat"), Sql.optDouble(rs, "lon"),
        rs.getString("date_value"), rs.getString("date_precision"),
        ClusterJson.actors(rs.getString("actors")), ClusterJson.disagreements(rs.getString("disagreements")));
  }

  List<StoredContradiction> contradictions(EventQuery q) throws SQLException {
    EventSql w = EventSql.of(q);
    List<Object> params = new ArrayList<>(w.params);
    params.add(q.limit());
    params.add(q.offset());
    return Sql.list(c, "SELECT x.* FROM contradictions x WHERE x.first_event IN (SELECT e.id" + w.fromWhere + ")"
        + " ORDER BY x.scope, x.article_id, x.ordinal, x.id LIMIT ? OFFSET ?", params, EventReader::contradiction);
  }

  long contradictionCount(EventQuery q) throws SQLException {
    EventSql w = EventSql.of(q);
    return Sql.list(c, "SELECT COUNT(*) FROM contradictions x WHERE x.first_event IN (SELECT e.id" + w.fromWhere + ")",
        w.params, rs -> rs.getLong(1)).get(0);
  }

  List<TimelineCount> timeline(EventQuery q, Listings.Bucket bucket) throws SQLException {
    EventSql w = EventSql.of(q);
    List<TimelineCount> days =
        Sql.list(c, "SELECT e.date_first, e.type, COUNT(*)" + w.fromWhere + " AND e.date_first IS NOT NULL"
            + " GROUP BY e.date_first, e.type ORDER BY e.date_first, e.type", w.params,
            rs -> new TimelineCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
    if (bucket == Listings.Bucket.DAY) {
      return days;
    }
    // weeks are folded here: the two vendors have no common week function
    Map<String, Long> weeks = new LinkedHashMap<>();
    Map<String, TimelineCount> keys = new HashMap<>();
    for (TimelineCount d : days) {
      String monday = LocalDate.parse(d.period()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
      String key = monday + "\t" + d.type();
      weeks.merge(key, d.count(), Long::sum);
      keys.putIfAbsent(key, new TimelineCount(monday, d.type(), 0));
    }
    List<TimelineCount> out = new ArrayList<>();
    weeks.forEach((k, n) -> out.add(new TimelineCount(keys.get(k).period(), keys.get(k).type(), n)));
    out.sort((x, y) -> x.period().equals(y.period())
        ? String.valueOf(x.type()).compareTo(String.valueOf(y.type())) : x.period().compareTo(y.period()));
    return out;
  }

  List<PlaceCount> places(EventQuery q) throws SQLException {
    EventSql w = EventSql.of(q);
    List<Object> params = new ArrayList<>(w.params);
    params.add(q.limit());
    return Sql.list(c, "SELECT e.place_ref, e.place_name, MIN(e.lat), MIN(e.lon), MIN(e.country_iso3), COUNT(*) AS n"
        + w.fromWhere + " AND e.place_name IS NOT NULL GROUP BY e.place_ref, e.place_name"
        + " ORDER BY n DESC, e.place_name LIMIT ?", params,
        rs -> new PlaceCount(rs.getString(1), rs.getString(2), Sql.optDouble(rs, 3), Sql.optDouble(rs, 4), rs.getString(5), rs.getLong(6)));
  }

  List<ActorCount> actors(EventQuery q) throws SQLException {
    EventSql w = EventSql.of(q);
    List<Object> params = new ArrayList<>(w.params);
    params.add(q.limit());
    return Sql.list(c, "SELECT y.code, MIN(y.name), MIN(y.country), COUNT(DISTINCT y.event_id) AS n FROM event_actors y"
        + " WHERE y.event_id IN (SELECT e.id" + w.fromWhere + ") GROUP BY y.code ORDER BY n DESC, y.code LIMIT ?",
        params, rs -> new ActorCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
  }

  /** Events counted by one of a fixed set of columns. */
  List<Count> countBy(EventQuery q, String column) throws SQLException {
    if (!List.of("e.type", "e.country_iso3", "e.status", "e.root_code", "e.modality").contains(column)) {
      throw new IllegalArgumentException("cannot count by " + column);
    }
    EventSql w = EventSql.of(q);
    return Sql.list(c, "SELECT " + column + ", COUNT(*) AS n" + w.fromWhere + " GROUP BY " + column
        + " ORDER BY n DESC, " + column, w.params, rs -> new Count(rs.getString(1), rs.getLong(2)));
  }

  private List<StoredEvent> withActors(List<StoredEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return events;
    }
    Map<String, List<StoredActor>> sources = new HashMap<>();
    Map<String, List<StoredActor>> targets = new HashMap<>();
    for (int from = 0; from < events.size(); from += ACTOR_BATCH) {
      List<String> ids = events.subList(from, Math.min(events.size(), from + ACTOR_BATCH)).stream().map(StoredEvent::id).toList();
      Sql.list(c, "SELECT * FROM event_actors WHERE event_id IN (" + Sql.marks(ids.size()) + ") ORDER BY event_id, role, ordinal",
          ids, rs -> {
            EventRows.ActorRow a = EventRows.ActorRow.read(rs);
            (a.role().equals("source") ? sources : targets).computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a.stored());
            return a;
          });
    }
    return events.stream()
        .map(e -> e.withActors(sources.getOrDefault(e.id(), List.of()), targets.getOrDefault(e.id(), List.of())))
        .toList();
  }

  private static StoredEvent event(ResultSet rs) throws SQLException {
    Integer sources = Sql.optInt(rs, "k_sources");
    return EventRow.read(rs).stored(rs.getString("c_source"), List.of(), List.of(), rs.getString("k_id"),
        sources == null ? 0 : sources, rs.getString("a_title"), rs.getString("a_source"), rs.getString("a_url"),
        rs.getString("a_published"));
  }

  private static StoredContradiction contradiction(ResultSet rs) throws SQLException {
    return new StoredContradiction(rs.getString("article_id"), rs.getString("kind"), rs.getString("first_event"),
        rs.getString("second_event"), rs.getString("explanation"), rs.getString("scope"), rs.getString("cluster_id"));
  }

  private static @Nullable Span span(@Nullable Integer start, @Nullable Integer end) {
    return start == null || end == null ? null : new Span(start, end);
  }
}
