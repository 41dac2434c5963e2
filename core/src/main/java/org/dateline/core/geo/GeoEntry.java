package org.dateline.core.geo;

import java.util.Objects;

/**
 * One gazetteer entry: a GeoNames place, administrative unit or country.
 *
 * @param geonameId the GeoNames id, or 0 when the source did not give one (admin units and
 *     countries built from the bundled packages)
 * @param featureClass GeoNames feature class ({@code P} populated place, {@code A} admin unit or
 *     country, {@code S}, {@code L}, ...)
 * @param featureCode GeoNames feature code ({@code PPLC}, {@code ADM1}, {@code PCLI}, ...)
 * @param countryIso2 ISO 3166 alpha-2 code, empty when unknown
 * @param countryIso3 ISO 3166 alpha-3 code, empty when unknown
 * @param admin1Code GeoNames admin1 code within the country ({@code "13"}), empty when none
 * @param admin1 name of the first-level unit, empty when none or unknown
 * @param admin2 name of the second-level unit, empty when none or unknown
 * @param population 0 when unknown
 */
public record GeoEntry(
    long geonameId,
    String name,
    double lat,
    double lon,
    char featureClass,
    String featureCode,
    String countryIso2,
    String countryIso3,
    String admin1Code,
    String admin1,
    String admin2,
    long population) {
  public GeoEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(countryIso2, "countryIso2");
    Objects.requireNonNull(countryIso3, "countryIso3");
    Objects.requireNonNull(admin1Code, "admin1Code");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(admin2, "admin2");
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("bad coordinates " + lat + "," + lon + " for " + name);
    }
  }

  /** The closed set of place levels the resolver reasons about. */
  public enum Level {
    COUNTRY,
    ADMIN1,
    ADMIN2,
    POPULATED_PLACE,
    OTHER
  }

  public Level level() {
    if (featureCode.startsWith("PCL") || featureCode.equals("TERR")) {
      return Level.COUNTRY;
    }
    return switch (featureCode) {
      case "ADM1" -> Level.ADMIN1;
      case "ADM2" -> Level.ADMIN2;
      default -> featureClass == 'P' ? Level.POPULATED_PLACE : Level.OTHER;
    };
  }

  /** A continent, ocean or world region ({@code CONT}, {@code RGN}), such as Dateline's own list. */
  public boolean region() {
    return featureCode.equals("CONT") || featureCode.equals("RGN");
  }

  /**
   * A stable reference to this entry: {@code geonames:<id>} when the entry has a GeoNames id, else
   * {@code country:<ISO3>} for a country, {@code admin1:<ISO2>.<code>} for a first-level unit, and
   * {@code name:<ISO2>:<name>} otherwise.
   */
  public String ref() {
    if (geonameId > 0) {
      return "geonames:" + geonameId;
    }
    if (level() == Level.COUNTRY && !countryIso3.isEmpty()) {
      return "country:" + countryIso3;
    }
    if (level() == Level.ADMIN1 && !admin1Code.isEmpty()) {
      return "admin1:" + countryIso2 + "." + admin1Code;
    }
    return "name:" + countryIso2 + ":" + name;
  }

  /** Great-circle distance in kilometres. */
  public double distanceKm(double lat2, double lon2) {
    return Geo.distanceKm(lat, lon, lat2, lon2);
  }
}
