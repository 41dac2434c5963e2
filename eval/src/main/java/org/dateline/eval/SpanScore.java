package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.core.model.Span;

/**
 * Precision, recall and F1 of predicted spans against gold spans, exact (same offsets) and by
 * overlap, each gold and each predicted span matched at most once. Accumulates over documents;
 * not thread-safe.
 */
final class SpanScore {
  private int gold;
  private int predicted;
  private int exactGold;
  private int exactPredicted;
  private int overlapGold;
  private int overlapPredicted;

  /** Adds one document's spans. */
  void add(List<Span> goldSpans, List<Span> predictedSpans) {
    gold += goldSpans.size();
    predicted += predictedSpans.size();
    int exact = matches(goldSpans, predictedSpans, true);
    exactGold += exact;
    exactPredicted += exact;
    int overlap = matches(goldSpans, predictedSpans, false);
    overlapGold += overlap;
    overlapPredicted += overlap;
  }

  private static int matches(List<Span> gold, List<Span> predicted, boolean exact) {
    List<Span> free = new ArrayList<>(predicted);
    int n = 0;
    for (Span g : gold) {
      for (int i = 0; i < free.size(); i++) {
        Span p = free.get(i);
        if (exact ? p.equals(g) : p.overlaps(g)) {
          free.remove(i);
          n++;
          break;
        }
      }
    }
    return n;
  }

  int gold() {
    return gold;
  }

  int predicted() {
    return predicted;
  }

  double exactPrecision() {
    return ratio(exactPredicted, predicted);
  }

  double exactRecall() {
    return ratio(exactGold, gold);
  }

  double exactF1() {
    return f1(exactPrecision(), exactRecall());
  }

  double overlapPrecision() {
    return ratio(overlapPredicted, predicted);
  }

  double overlapRecall() {
    return ratio(overlapGold, gold);
  }

  double overlapF1() {
    return f1(overlapPrecision(), overlapRecall());
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
