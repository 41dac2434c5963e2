package org.dateline.core.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points and populations for admin units and countries a source declared without them, taken from
 * their member places: halfway between the centre of the members' extent and their population
 * centre; without population, the sum of their members'. Apart from {@link GazetteerBuilder}
 * because it runs once over all rows after every source has been added.
 */
final class UnitCentres {
  /** Weight of the population centre against the centre of the extent for unit points. */
  private static final double BLEND = 0.5;

  private UnitCentres() {}

  /** Units flagged with a trailing '?' have no coordinates yet: use their members' extent. */
  static void fill(List<GazetteerBuilder.Row> rows) {
    Map<String, double[]> extent = new HashMap<>(); // minLat, maxLat, minLon, maxLon, pop
    for (GazetteerBuilder.Row r : rows) {
      if (r.fclass == 'A' || r.fcode.endsWith("?")) {
        continue;
      }
      grow(extent, r.cc, r);
      if (!r.a1.isEmpty()) {
        grow(extent, r.cc + "." + r.a1, r);
        if (!r.a2.isEmpty()) {
          grow(extent, r.cc + "." + r.a1 + "." + r.a2, r);
        }
      }
    }
    for (GazetteerBuilder.Row r : rows) {
      String unitKey = switch (r.fcode) {
        case "ADM1?", "ADM1" -> r.cc + "." + r.a1;
        case "ADM2?", "ADM2" -> r.cc + "." + r.a1 + "." + r.a2;
        case "PCLI?", "PCLI" -> r.cc;
        default -> null;
      };
      if (unitKey == null) {
        continue;
      }
      double[] e = extent.get(unitKey);
      if (r.fcode.endsWith("?")) {
        r.fcode = r.fcode.substring(0, r.fcode.length() - 1).intern();
        if (e != null) {
          // Halfway between the centre of the extent and the (damped) population centre.
          r.lat = (e[0] + e[1]) / 2 * (1 - BLEND) + e[5] / e[7] * BLEND;
          r.lon = (e[2] + e[3]) / 2 * (1 - BLEND) + e[6] / e[7] * BLEND;
        } else {
          r.fcode = ""; // a unit with no known place has no position: left out of the index
        }
      }
      if (r.pop == 0 && e != null) {
        r.pop = (long) e[4];
      }
    }
  }

  private static void grow(Map<String, double[]> extent, String key, GazetteerBuilder.Row r) {
    double[] e = extent.computeIfAbsent(key, k -> new double[] {90, -90, 180, -180, 0, 0, 0, 0});
    e[0] = Math.min(e[0], r.lat);
    e[1] = Math.max(e[1], r.lat);
    e[2] = Math.min(e[2], r.lon);
    e[3] = Math.max(e[3], r.lon);
    e[4] += r.pop;
    double w = Math.sqrt(r.pop + 1.0); // damped, so one metropolis does not own the centre
    e[5] += w * r.lat;
    e[6] += w * r.lon;
    e[7] += w;
  }
}
