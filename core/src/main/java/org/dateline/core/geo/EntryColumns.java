package org.dateline.core.geo;

/**
 * The per-entry columns of a {@link Gazetteer}, filled row by row by whoever produces the entries
 * ({@link GazetteerBuilder} from sources, {@link GazetteerFile} from disk), so the column list is
 * written once. Mutable while being filled; handed to the gazetteer, which keeps the arrays.
 */
final class EntryColumns {
  final long[] ids;
  final float[] lats;
  final float[] lons;
  final long[] populations;
  final String[] names;
  final char[] featureClasses;
  final String[] featureCodes;
  final String[] countries;
  final String[] admin1Codes;
  final String[] admin2Codes;

  EntryColumns(int n) {
    ids = new long[n];
    lats = new float[n];
    lons = new float[n];
    populations = new long[n];
    names = new String[n];
    featureClasses = new char[n];
    featureCodes = new String[n];
    countries = new String[n];
    admin1Codes = new String[n];
    admin2Codes = new String[n];
  }

  int size() {
    return ids.length;
  }

  /** Sets entry {@code i}; the arguments are in the order {@link GazetteerFile} stores them. */
  void set(int i, long id, float lat, float lon, long population, String name, char featureClass,
      String featureCode, String country, String admin1Code, String admin2Code) {
    ids[i] = id;
    lats[i] = lat;
    lons[i] = lon;
    populations[i] = population;
    names[i] = name;
    featureClasses[i] = featureClass;
    featureCodes[i] = featureCode;
    countries[i] = country;
    admin1Codes[i] = admin1Code;
    admin2Codes[i] = admin2Code;
  }
}
