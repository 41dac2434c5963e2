package org.dateline.core.geo;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;

/**
 * The per-entry columns of a {@link Gazetteer}, filled row by row by whoever produces the entries
 * ({@link GazetteerBuilder} from sources, {@link GazetteerFile} from disk), so the column list is
 * written once, and their on-disk order with it ({@link #write}, {@link #read}). Mutable while being
 * filled; handed to the gazetteer, which keeps it.
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

  /** Writes entry {@code i} in the index file's order. */
  void write(DataOutput out, int i) throws IOException {
    out.writeLong(ids[i]);
    out.writeFloat(lats[i]);
    out.writeFloat(lons[i]);
    out.writeLong(populations[i]);
    out.writeUTF(names[i]);
    out.writeChar(featureClasses[i]);
    out.writeUTF(featureCodes[i]);
    out.writeUTF(countries[i]);
    out.writeUTF(admin1Codes[i]);
    out.writeUTF(admin2Codes[i]);
  }

  /**
   * Reads entry {@code i} as {@link #write} wrote it; the short, much-repeated codes are shared
   * through {@code pool} so a loaded index holds one string per distinct code.
   */
  void read(DataInput in, int i, Map<String, String> pool) throws IOException {
    set(i, in.readLong(), in.readFloat(), in.readFloat(), in.readLong(), in.readUTF(),
        in.readChar(), pool.computeIfAbsent(in.readUTF(), s -> s),
        pool.computeIfAbsent(in.readUTF(), s -> s), pool.computeIfAbsent(in.readUTF(), s -> s),
        in.readUTF());
  }
}
