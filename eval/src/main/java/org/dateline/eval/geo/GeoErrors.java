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

/** Writes a scorer run's misses, false alarms and far resolutions as TSV, for error analysis. */
final class GeoErrors {
  private GeoErrors() {}

  static void write(Path file, List<GoldDocument> docs, List<List<GoldToponym>> preds) {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.println("doc\tkind\tstart\tend\ttext\tgold_lat\tgold_lon\tsys_lat\tsys_lon\tkm\tcontext");
      for (int d = 0; d < docs.size(); d++) {
        GoldDocument g = docs.get(d);
        String text = g.text();
        for (GoldToponym gt : g.toponyms()) {
          GoldToponym m = preds.get(d).stream()
              .filter(p -> p.start() == gt.start() && p.end() == gt.end()).findFirst().orElse(null);
          if (m == null) {
            w.println(row(g.id(), "miss", gt, null, -1, text));
          } else if (gt.resolved()) {
            double km = m.resolved() ? Geo.distanceKm(gt.lat(), gt.lon(), m.lat(), m.lon()) : -1;
            if (km < 0 || km > 161) {
              w.println(row(g.id(), "far", gt, m, km, text));
            }
          }
        }
        for (GoldToponym p : preds.get(d)) {
          if (g.toponyms().stream().noneMatch(x -> x.start() == p.start() && x.end() == p.end())) {
            w.println(row(g.id(), "false", p, p, -1, text));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String row(String doc, String kind, GoldToponym g, GoldToponym s, double km,
      String text) {
    String ctx = text.substring(Math.max(0, g.start() - 40), Math.min(text.length(), g.end() + 40))
        .replaceAll("\\s+", " ");
    return String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.0f\t%s", doc,
        kind, g.start(), g.end(), g.name(), g.lat(), g.lon(), s == null ? Double.NaN : s.lat(),
        s == null ? Double.NaN : s.lon(), km, ctx);
  }
}
