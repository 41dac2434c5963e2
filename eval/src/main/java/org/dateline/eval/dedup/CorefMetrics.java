package org.dateline.eval.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coreference metrics of the CoNLL-2012 scorer, written from their definitions: MUC (Vilain et
 * al. 1995, links), B³ (Bagga and Baldwin 1998, per mention), CEAF-e (Luo 2005, entity alignment
 * with φ4 similarity, optimal by the Hungarian method) and CoNLL F1, their mean. Key and response
 * are clusterings of mention ids; a mention missing from one side counts as a singleton there is
 * none of (it lowers recall or precision), as in the reference scorer.
 */
public final class CorefMetrics {
  private CorefMetrics() {}

  /** Precision, recall and F1 of one metric. */
  public record Prf(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** All four figures for one key/response pair. */
  public record Scores(Prf muc, Prf b3, Prf ceafe) {
    public double conll() {
      return (muc.f1() + b3.f1() + ceafe.f1()) / 3;
    }
  }

  public static Scores score(List<Set<String>> key, List<Set<String>> response) {
    return new Scores(muc(key, response), b3(key, response), ceafe(key, response));
  }

  public static Prf muc(List<Set<String>> key, List<Set<String>> response) {
    return new Prf(mucRecall(response, key), mucRecall(key, response));
  }

  /** Σ(|K| − p(K)) / Σ(|K| − 1), p(K) the number of parts of K under the other partition. */
  private static double mucRecall(List<Set<String>> key, List<Set<String>> response) {
    Map<String, Integer> where = index(response);
    long num = 0;
    long den = 0;
    for (Set<String> k : key) {
      Set<Integer> parts = new HashSet<>();
      int unaligned = 0;
      for (String m : k) {
        Integer r = where.get(m);
        if (r == null) {
          unaligned++;
        } else {
          parts.add(r);
        }
      }
      num += k.size() - (parts.size() + unaligned);
      den += k.size() - 1;
    }
    return den == 0 ? 0 : (double) num / den;
  }

  public static Prf b3(List<Set<String>> key, List<Set<String>> response) {
    return new Prf(b3Recall(response, key), b3Recall(key, response));
  }

  /** Mean over key mentions of |K ∩ R| / |K|, R the other side's cluster of the mention. */
  private static double b3Recall(List<Set<String>> key, List<Set<String>> response) {
    Map<String, Integer> where = index(response);
    double sum = 0;
    int n = 0;
    for (Set<String> k : key) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (String m : k) {
        Integer r = where.get(m);
        if (r != null) {
          overlap.merge(r, 1, Integer::sum);
        }
      }
      for (int c : overlap.values()) {
        sum += (double) c * c / k.size();
      }
      n += k.size();
    }
    return n == 0 ? 0 : sum / n;
  }

  public static Prf ceafe(List<Set<String>> key, List<Set<String>> response) {
    if (key.isEmpty() || response.isEmpty()) {
      return new Prf(0, 0);
    }
    // The similarity matrix is block-diagonal (clusters overlap only within a topic): the optimal
    // alignment is the sum of each connected block's, which keeps the Hungarian method small.
    Map<String, Integer> where = index(response);
    List<Map<Integer, Double>> sim = new ArrayList<>();
    int[] parent = new int[key.size() + response.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < key.size(); i++) {
      Set<String> k = key.get(i);
      Map<Integer, Integer> overlap = new HashMap<>();
      for (String m : k) {
        Integer r = where.get(m);
        if (r != null) {
          overlap.merge(r, 1, Integer::sum);
        }
      }
      Map<Integer, Double> row = new HashMap<>();
      for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
        row.put(e.getKey(), 2.0 * e.getValue() / (k.size() + response.get(e.getKey()).size()));
        parent[find(parent, i)] = find(parent, key.size() + e.getKey());
      }
      sim.add(row);
    }
    Map<Integer, List<Integer>> rowsOf = new HashMap<>();
    Map<Integer, List<Integer>> colsOf = new HashMap<>();
    for (int i = 0; i < key.size(); i++) {
      rowsOf.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
    }
    for (int j = 0; j < response.size(); j++) {
      colsOf.computeIfAbsent(find(parent, key.size() + j), x -> new ArrayList<>()).add(j);
    }
    double best = 0;
    for (Map.Entry<Integer, List<Integer>> block : rowsOf.entrySet()) {
      List<Integer> rows = block.getValue();
      List<Integer> cols = colsOf.get(block.getKey());
      if (cols == null) {
        continue;
      }
      double[][] w = new double[rows.size()][cols.size()];
      for (int a = 0; a < rows.size(); a++) {
        for (int b = 0; b < cols.size(); b++) {
          w[a][b] = sim.get(rows.get(a)).getOrDefault(cols.get(b), 0.0);
        }
      }
      best += Hungarian.maxWeight(w);
    }
    return new Prf(best / response.size(), best / key.size());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static Map<String, Integer> index(List<Set<String>> clusters) {
    Map<String, Integer> where = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (String m : clusters.get(i)) {
        if (where.put(m, i) != null) {
          throw new IllegalArgumentException("mention " + m + " is in two clusters");
        }
      }
    }
    return where;
  }

  /** Clusters from a mention → cluster-label map, in first-seen order. */
  public static List<Set<String>> clusters(Map<String, String> labelOf) {
    Map<String, Set<String>> by = new java.util.LinkedHashMap<>();
    labelOf.forEach((m, l) -> by.computeIfAbsent(l, x -> new java.util.LinkedHashSet<>()).add(m));
    return new ArrayList<>(by.values());
  }
}
