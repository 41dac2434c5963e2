package org.dateline.eval.dedup;

import java.util.Arrays;

/**
 * Maximum-weight assignment in a rectangular matrix (Kuhn-Munkres with potentials, O(n²m)). CEAF
 * needs the optimal one-to-one alignment of key and response clusters.
 */
final class Hungarian {
  private Hungarian() {}

  /** The largest sum of {@code w[i][j]} over a one-to-one matching of rows to columns. */
  static double maxWeight(double[][] w) {
    int rows = w.length;
    int cols = w[0].length;
    boolean transpose = rows > cols;
    int n = transpose ? cols : rows;
    int m = transpose ? rows : cols;
    // minimise cost = -weight; rows (n) <= columns (m)
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] p = new int[m + 1];
    int[] way = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[m + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[m + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double cost = -(transpose ? w[j - 1][i0 - 1] : w[i0 - 1][j - 1]);
            double cur = cost - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= m; j++) {
      if (p[j] != 0) {
        total += transpose ? w[j - 1][p[j] - 1] : w[p[j] - 1][j - 1];
      }
    }
    return total;
  }
}
