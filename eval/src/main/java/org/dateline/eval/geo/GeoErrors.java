package org.dateline.eval.geo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dateline.core.geo.Geo;

/**
 * Writes a scorer run's misses, false alarms and far resolutions (and, if asked, its hits) as TSV,
 * for error analysis: each system toponym with its reason and the evidence in words.
 */
final class GeoErrors {
  private GeoErrors() {}

  /**
   * {@code reasons} and {@code details} parallel {@code preds}: each system toponym's resolution
   * reason and its evidence.
   */
  static void write(Path file, List<GoldDocument> docs, List<List<GoldToponym>> preds,
      List<List<String>> reasons, List<List<String>> details, boolean withHits) {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.println("doc\tkind\tstart\tend\ttext\tgold_lat\tgold_lon\tsys_lat\tsys_lon\tkm\treason"
          + "\tcontext\tdetail");
      for (int d = 0; d < docs.size(); d++) {
        GoldDocument g = docs.get(d);
        String text = g.text();
        List<GoldToponym> ps = preds.get(d);
        for (GoldToponym gt : g.toponyms()) {
          int k = indexOf(ps, gt);
          if (k < 0) {
            w.println(row(g.id(), "miss", gt, null, -1, "", text, ""));
          } else if (gt.resolved()) {
            GoldToponym m = ps.get(k);
            double km = m.resolved() ? Geo.distanceKm(gt.lat(), gt.lon(), m.lat(), m.lon()) : -1;
            if (km < 0 || km > 161 || withHits) {
              w.println(row(g.id(), km < 0 || km > 161 ? "far" : "hit", gt, m, km,
                  reasons.get(d).get(k), text, details.get(d).get(k)));
            }
          }
        }
        for (int k = 0; k < ps.size(); k++) {
          GoldToponym p = ps.get(k);
          if (g.toponyms().stream().noneMatch(x -> x.start() == p.start() && x.end() == p.end())) {
            w.println(row(g.id(), "false", p, p, -1, reasons.get(d).get(k), text,
                details.get(d).get(k)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Index of the system toponym with exactly {@code gold}'s span, or -1. */
  static int indexOf(List<GoldToponym> system, GoldToponym gold) {
    for (int k = 0; k < system.size(); k++) {
      if (system.get(k).start() == gold.start() && system.get(k).end() == gold.end()) {
        return k;
      }
    }
    return -1;
  }

  private static String row(String doc, String kind, GoldToponym g, GoldToponym s, double km,
      String reason, String text, String detail) {
    String ctx = text.substring(Math.max(0, g.start() - 40), Math.min(text.length(), g.end() + 40))
        .replaceAll("\\s+", " ");
    return String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.0f\t%s\t%s\t%s", doc,
        kind, g.start(), g.end(), g.name(), g.lat(), g.lon(), s == null ? Double.NaN : s.lat(),
        s == null ? Double.NaN : s.lon(), km, reason, ctx, detail.replaceAll("\\s+", " "));
  }
}
