package org.dateline.core.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Dateline's own small lexicons, shipped as resources beside this class: unit abbreviations
 * ({@code state-abbreviations.tsv}), extra names, points and regions ({@code
 * extra-places.tsv}) and landmarks ({@code landmarks.tsv}). A missing or malformed resource is a packaging fault and fails loudly.
 */
final class BundledLexicons {
  private BundledLexicons() {}

  static void addUnitAbbreviations(GazetteerBuilder b) {
    for (String[] f : rows("state-abbreviations.tsv", 3)) {
      Integer r = b.admin1Row(f[0] + "." + f[1]);
      if (r != null) {
        for (String abbr : f[2].split(",")) {
          b.addShortAlias(r, abbr.trim());
        }
      }
    }
  }

  static void addExtraPlaces(GazetteerBuilder b) {
    for (String[] f : rows("extra-places.tsv", 3)) {
      switch (f[0]) {
        case "alias" -> {
          Integer r = b.countryRow(f[1]);
          if (r != null) {
            for (String a : f[f.length - 1].split(",")) {
              b.addShortAlias(r, a.trim());
              b.notADemonym(a.trim()); // the package calls Vatican City's people "Vatican"
            }
          }
        }
        case "point" -> {
          Integer r = b.countryRow(f[1]);
          if (r != null) {
            b.movePoint(r, Double.parseDouble(f[3]), Double.parseDouble(f[4]));
          }
        }
        case "region" -> b.addRegion(f[1], f[2],
            f.length > 5 && !f[5].isBlank() ? List.of(f[5].split(",")) : List.of(),
            Double.parseDouble(f[3]), Double.parseDouble(f[4]));
        default -> throw new IllegalStateException(
            "extra-places.tsv: unknown kind '" + f[0] + "' (alias, point or region)");
      }
    }
  }

  static void addLandmarks(GazetteerBuilder b) {
    for (String[] f : rows("landmarks.tsv", 5)) {
      String[] kind = f[1].split("\\.");
      if (kind.length != 2 || kind[0].length() != 1) {
        throw new IllegalStateException(
            "landmarks.tsv: feature '" + f[1] + "' is not CLASS.CODE (S.AIRP)");
      }
      b.addLandmark(f[0], kind[0].charAt(0), kind[1], f[2],
          f.length > 5 && !f[5].isBlank() ? List.of(f[5].split(",")) : List.of(),
          Double.parseDouble(f[3]), Double.parseDouble(f[4]));
    }
  }

  private static List<String[]> rows(String resource, int minFields) {
    try (InputStream in = BundledLexicons.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      List<String[]> out = new ArrayList<>();
      int lineNo = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < minFields) {
          throw new IllegalStateException(resource + ":" + lineNo + ": too few fields");
        }
        out.add(f);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
