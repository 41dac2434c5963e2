package org.dateline.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Reads the tab-separated GeoNames dump formats into a {@link GazetteerBuilder}: place tables
 * ({@code allCountries.txt}, {@code cities500.txt}, a country file such as {@code NL.txt}),
 * {@code alternateNamesV2.txt}, {@code admin1CodesASCII.txt}, {@code admin2Codes.txt} and
 * {@code countryInfo.txt}. Comment lines ({@code #}) and blank lines are skipped; a malformed line
 * fails with the file and line number. Stateless; thread-safe.
 */
public final class GeoNamesDumpReader {
  /** Alternate-name languages useful for English news: English, unspecified, abbreviations. */
  private static final Set<String> ALIAS_LANGUAGES = Set.of("", "en", "abbr");

  /** Reads a place table; {@code progress} receives the bytes read so far (approximately). */
  public int readPlaces(Path file, GazetteerBuilder builder, LongConsumer progress) {
    int[] count = {0};
    forEachLine(file, 15, progress, (f, line) -> {
      long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
      List<String> aliases = new ArrayList<>(Arrays.asList(GazetteerBuilder.split(f[3])));
      if (!f[2].equals(f[1])) {
        aliases.add(f[2]);
      }
      builder.addPlace(Long.parseLong(f[0]), f[1], aliases, Double.parseDouble(f[4]),
          Double.parseDouble(f[5]), f[6].isEmpty() ? '?' : f[6].charAt(0), f[7], f[8], f[10],
          f[11], pop);
      count[0]++;
    });
    return count[0];
  }

  /** Adds English, unspecified-language and abbreviation aliases of places already read. */
  public int readAlternateNames(Path file, GazetteerBuilder builder, LongConsumer progress) {
    int[] count = {0};
    forEachLine(file, 4, progress, (f, line) -> {
      boolean historic = f.length > 7 && f[7].equals("1");
      if (!historic && ALIAS_LANGUAGES.contains(f[2])
          && builder.addAlias(Long.parseLong(f[1]), f[3])) {
        count[0]++;
      }
    });
    return count[0];
  }

  /** {@code CC.code, name, asciiname, geonameid}. */
  public int readAdmin1Codes(Path file, GazetteerBuilder builder) {
    int[] count = {0};
    forEachLine(file, 4, b -> {}, (f, line) -> {
      String[] code = f[0].split("\\.", 2);
      if (code.length != 2) {
        throw new IllegalArgumentException("expected CC.code, got " + f[0]);
      }
      builder.addAdmin1(code[0], code[1], f[1], Long.parseLong(f[3]), List.of(f[2]), Double.NaN,
          Double.NaN);
      count[0]++;
    });
    return count[0];
  }

  /** {@code CC.admin1.admin2, name, asciiname, geonameid}. */
  public int readAdmin2Codes(Path file, GazetteerBuilder builder) {
    int[] count = {0};
    forEachLine(file, 4, b -> {}, (f, line) -> {
      String[] code = f[0].split("\\.", 3);
      if (code.length != 3) {
        throw new IllegalArgumentException("expected CC.admin1.admin2, got " + f[0]);
      }
      builder.addAdmin2(code[0], code[1], code[2], f[1], Long.parseLong(f[3]), Double.NaN,
          Double.NaN);
      count[0]++;
    });
    return count[0];
  }

  /** {@code ISO, ISO3, ISO-Numeric, fips, Country, Capital, Area, Population, ..., geonameid}. */
  public int readCountryInfo(Path file, GazetteerBuilder builder) {
    int[] count = {0};
    forEachLine(file, 17, b -> {}, (f, line) -> {
      long pop = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
      long id = f[16].isEmpty() ? 0 : Long.parseLong(f[16]);
      builder.addCountry(f[0], f[1], f[4], id, List.of(), List.of(), Double.NaN, Double.NaN, pop);
      count[0]++;
    });
    return count[0];
  }

  private interface LineHandler {
    void accept(String[] fields, long line);
  }

  private static void forEachLine(Path file, int minFields, LongConsumer progress,
      LineHandler handler) {
    long lineNo = 0;
    long bytes = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        bytes += line.length() + 1;
        if ((lineNo & 0x3FFF) == 0) {
          progress.accept(bytes);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < minFields) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": expected at least "
              + minFields + " tab-separated fields, found " + f.length);
        }
        try {
          handler.accept(f, lineNo);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
      progress.accept(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
