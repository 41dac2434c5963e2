package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.core.dedup.Consensus;
import org.dateline.core.dedup.EventCluster;
import org.dateline.core.dedup.EventSignature;

/** Writes a cluster's consensus and the votes on which its sources disagree. */
final class ClusterConsensus {
  private ClusterConsensus() {}

  static void write(Connection c, EventCluster k) throws SQLException {
    Consensus x = k.consensus();
    EventSignature.PlaceRef place = x.place();
    EventSignature.DateRef date = x.date();
    String placeName = place == null ? null : placeName(c, k, place.ref());
    Sql.update(c, "UPDATE event_clusters SET type = ?, country_iso3 = ?, place_ref = ?, place_name = ?, lat = ?, lon = ?,"
            + " date_value = ?, date_precision = ?, actors = ?, disagreements = ? WHERE id = ?",
        x.type(), place == null ? null : place.country(), place == null ? null : place.ref(), placeName,
        place == null || !place.hasCoordinates() ? null : place.lat(),
        place == null || !place.hasCoordinates() ? null : place.lon(),
        date == null ? null : value(date), date == null ? null : date.precision().name().toLowerCase(Locale.ROOT),
        ClusterJson.write(new TreeSet<>(x.actors())), ClusterJson.write(disagreements(x)), k.id());
  }

  /** For each field on which sources differ ("type", "place", "date"), sources per value. */
  static Map<String, Map<String, Integer>> disagreements(Consensus x) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (String field : x.disagreements()) {
      Map<String, Integer> votes =
          switch (field) {
            case "type" -> x.typeVotes();
            case "place" -> x.placeVotes();
            default -> x.dateVotes();
          };
      out.put(field, new TreeMap<>(votes));
    }
    return out;
  }

  /** The gazetteer name one of the members gives the place ("Kirkuk"), else the reference itself. */
  private static String placeName(Connection c, EventCluster k, String ref) throws SQLException {
    List<String> ids = new ArrayList<>();
    k.members().forEach(m -> ids.add(m.eventId()));
    List<Object> params = new ArrayList<>();
    params.add(ref);
    params.addAll(ids.subList(0, Math.min(ids.size(), 500)));
    List<String> names = Sql.list(c, "SELECT COALESCE(place_name, location_text) FROM events WHERE place_ref = ?"
        + " AND id IN (" + Sql.marks(params.size() - 1) + ") ORDER BY id", params, rs -> rs.getString(1));
    return names.stream().filter(n -> n != null).findFirst().orElse(ref);
  }

  /** The date at its precision: "2015-12-26", "2015-12" or "2015". */
  private static String value(EventSignature.DateRef d) {
    return switch (d.precision()) {
      case DAY -> d.start().toString();
      case MONTH -> d.start().format(DateTimeFormatter.ofPattern("yyyy-MM"));
      case YEAR -> String.valueOf(d.start().getYear());
    };
  }
}
