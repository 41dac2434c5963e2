package org.dateline.store;

import org.jspecify.annotations.Nullable;

/**
 * CAMEO facts that event-data users filter and sort by: the two-digit root code, the quad class
 * (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict, as CAMEO
 * groups roots 01-05, 06-09, 10-14 and 15-20) and the Goldstein conflict-cooperation score of the
 * root (-10..+10). Scores are per root, not per full code: finer codes share their root's score.
 */
public final class Cameo {
  // Goldstein scores of the twenty CAMEO root codes 01..20, from the CAMEO codebook's scale.
  private static final double[] GOLDSTEIN = {
    0.0, 3.0, 4.0, 1.0, 3.5, 6.0, 7.0, 5.0, -2.0, -5.0,
    -2.0, -4.0, -6.0, -6.5, -7.2, -4.0, -7.0, -9.0, -10.0, -10.0
  };

  private Cameo() {}

  /** The root code ("19" for "190" or "1942"); null when the code is not a CAMEO code. */
  public static @Nullable String root(@Nullable String cameo) {
    if (cameo == null || cameo.length() < 2 || !Character.isDigit(cameo.charAt(0)) || !Character.isDigit(cameo.charAt(1))) {
      return null;
    }
    int r = Integer.parseInt(cameo.substring(0, 2));
    return r >= 1 && r <= 20 ? cameo.substring(0, 2) : null;
  }

  /** Quad class 1..4, or null when the code is not a CAMEO code. */
  public static @Nullable Integer quadClass(@Nullable String cameo) {
    String root = root(cameo);
    if (root == null) {
      return null;
    }
    int r = Integer.parseInt(root);
    return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
  }

  /** Goldstein score of the code's root, or null when the code is not a CAMEO code. */
  public static @Nullable Double goldstein(@Nullable String cameo) {
    String root = root(cameo);
    return root == null ? null : GOLDSTEIN[Integer.parseInt(root) - 1];
  }
}
