package org.dateline.eval.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Gritta et al. (2019) geoparsing metrics. Recognition: a system toponym with exactly the gold
 * span is a true positive (inexact: any overlap). Resolution, over exactly matched toponyms with
 * gold coordinates: accuracy within 161 km, AUC of the error curve (mean of ln(1+error km) /
 * ln(20039), lower is better), mean and median error; an unresolved match counts 20039 km.
 */
public record GeoScores(int gold, int predicted, int exact, int inexact, int resolvedPairs,
    double acc161, double auc, double meanKm, double medianKm) {
  /** Half the Earth's circumference: the largest possible error. */
  public static final double MAX_KM = 20039;

  public double precision() {
    return predicted == 0 ? 0 : exact / (double) predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : exact / (double) gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double inexactF1() {
    double p = predicted == 0 ? 0 : Math.min(1, inexact / (double) predicted);
    double r = gold == 0 ? 0 : Math.min(1, inexact / (double) gold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Scores documents pairwise; both lists must have the same length. */
  public static GeoScores score(List<List<GoldToponym>> gold, List<List<GoldToponym>> system) {
    if (gold.size() != system.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " documents, system output " + system.size());
    }
    int g = 0;
    int p = 0;
    int exact = 0;
    int inexact = 0;
    List<Double> errors = new ArrayList<>();
    for (int d = 0; d < gold.size(); d++) {
      List<GoldToponym> gs = gold.get(d);
      List<GoldToponym> ss = system.get(d);
      g += gs.size();
      p += ss.size();
      for (GoldToponym gt : gs) {
        GoldToponym match = null;
        boolean overlap = false;
        for (GoldToponym st : ss) {
          if (st.start() == gt.start() && st.end() == gt.end()) {
            match = st;
          }
          if (st.start() < gt.end() && gt.start() < st.end()) {
            overlap = true;
          }
        }
        if (overlap) {
          inexact++;
        }
        if (match != null) {
          exact++;
          if (gt.resolved()) {
            errors.add(match.resolved()
                ? org.dateline.core.geo.Geo.distanceKm(gt.lat(), gt.lon(), match.lat(), match.lon())
                : MAX_KM);
          }
        }
      }
    }
    Collections.sort(errors);
    int n = errors.size();
    double within = errors.stream().filter(e -> e <= 161).count();
    double auc = errors.stream().mapToDouble(e -> Math.log(1 + e) / Math.log(MAX_KM)).sum();
    double mean = errors.stream().mapToDouble(Double::doubleValue).sum();
    double median = n == 0 ? 0 : n % 2 == 1 ? errors.get(n / 2)
        : (errors.get(n / 2 - 1) + errors.get(n / 2)) / 2;
    return new GeoScores(g, p, exact, inexact, n, n == 0 ? 0 : within / n, n == 0 ? 0 : auc / n,
        n == 0 ? 0 : mean / n, median);
  }
}
