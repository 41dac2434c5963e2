package org.dateline.core.dedup;

import java.util.HashMap;
import java.util.Map;

/** Unit-length term vectors with sub-linear term frequency (1 + ln tf), and their cosine. */
final class Vectors {
  private Vectors() {}

  static Map<String, Double> unit(String text) {
    Map<String, Double> v = new HashMap<>();
    Terms.counts(text).forEach((t, n) -> v.put(t, 1 + Math.log(n)));
    double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    if (norm > 0) {
      v.replaceAll((t, x) -> x / norm);
    }
    return Map.copyOf(v);
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot;
  }
}
