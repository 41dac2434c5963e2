package org.dateline.eval.geo;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.core.geo.Geo;

/**
 * Accuracy within 161 km per resolution reason, over the same pairs {@link GeoScores} scores
 * (system toponyms with exactly a gold span that has coordinates), so that a weak rule, such as
 * the fallback for names the gazetteer lacks, shows up on its own instead of inside the total.
 */
final class ReasonBreakdown {
  private ReasonBreakdown() {}

  /** Count and hits within 161 km of one reason. */
  record Row(int count, int within) {
    double share() {
      return count == 0 ? 0 : within / (double) count;
    }
  }

  /** Rows by reason, in name order; {@code reasons} parallels {@code preds}. */
  static Map<String, Row> of(List<GoldDocument> docs, List<List<GoldToponym>> preds,
      List<List<String>> reasons) {
    Map<String, Row> rows = new TreeMap<>();
    for (int d = 0; d < docs.size(); d++) {
      List<GoldToponym> ps = preds.get(d);
      for (GoldToponym gt : docs.get(d).toponyms()) {
        int k = GeoErrors.indexOf(ps, gt);
        if (k < 0 || !gt.resolved()) {
          continue;
        }
        GoldToponym p = ps.get(k);
        boolean hit = p.resolved() && Geo.distanceKm(gt.lat(), gt.lon(), p.lat(), p.lon()) <= 161;
        rows.merge(reasons.get(d).get(k), new Row(1, hit ? 1 : 0),
            (a, b) -> new Row(a.count() + b.count(), a.within() + b.within()));
      }
    }
    return rows;
  }

  static void print(PrintWriter out, List<GoldDocument> docs, List<List<GoldToponym>> preds,
      List<List<String>> reasons) {
    out.printf(Locale.ROOT, "Dateline acc@161 by resolution reason%n%-18s %6s %8s%n", "reason",
        "count", "acc@161");
    of(docs, preds, reasons).forEach((reason, r) -> out.printf(Locale.ROOT, "%-18s %6d %8.3f%n",
        reason, r.count(), r.share()));
  }
}
