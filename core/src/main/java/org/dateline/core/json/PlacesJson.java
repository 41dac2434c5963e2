package org.dateline.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.dateline.core.geo.GeoEntry;
import org.dateline.core.geo.Place;

/** The {@code places} section of a {@code dateline/1} record. Stateless; thread-safe. */
final class PlacesJson {
  private PlacesJson() {}

  static ArrayNode places(ObjectMapper mapper, List<Place> places) {
    ArrayNode arr = mapper.createArrayNode();
    for (Place p : places) {
      ObjectNode n = arr.addObject();
      n.put("start", p.span().start());
      n.put("end", p.span().end());
      n.put("text", p.text());
      n.put("source", lower(p.source()));
      GeoEntry e = p.entry();
      if (e == null) {
        n.putNull("geonames_id");
        n.putNull("name");
        n.putNull("lat");
        n.putNull("lon");
        n.putNull("feature_code");
        n.putNull("admin1");
        n.putNull("admin2");
        n.putNull("country_iso2");
        n.putNull("country_iso3");
      } else {
        if (e.geonameId() > 0) {
          n.put("geonames_id", e.geonameId());
        } else {
          n.putNull("geonames_id");
        }
        n.put("name", e.name());
        n.put("lat", Math.round(e.lat() * 1e5) / 1e5);
        n.put("lon", Math.round(e.lon() * 1e5) / 1e5);
        n.put("feature_code", e.featureCode());
        n.put("admin1", e.admin1().isEmpty() ? null : e.admin1());
        n.put("admin2", e.admin2().isEmpty() ? null : e.admin2());
        n.put("country_iso2", e.countryIso2().isEmpty() ? null : e.countryIso2());
        n.put("country_iso3", e.countryIso3().isEmpty() ? null : e.countryIso3());
      }
      n.put("confidence", Math.round(p.confidence() * 1000) / 1000.0);
      n.put("reason", lower(p.reason()));
      n.put("detail", p.detail());
      Place.RelativePosition r = p.relative();
      if (r == null) {
        n.putNull("relative");
      } else {
        ObjectNode rn = n.putObject("relative");
        rn.put("start", r.span().start());
        rn.put("end", r.span().end());
        rn.put("direction", r.direction());
        rn.put("bearing", r.bearing());
        if (r.distanceKm() == null) {
          rn.putNull("distance_km");
        } else {
          rn.put("distance_km", r.distanceKm());
        }
        rn.put("lat", Math.round(r.lat() * 1e5) / 1e5);
        rn.put("lon", Math.round(r.lon() * 1e5) / 1e5);
      }
    }
    return arr;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
