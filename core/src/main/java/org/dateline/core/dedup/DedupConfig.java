package org.dateline.core.dedup;

/**
 * Weights and threshold of the clusterer. A pair's score is the similarity of its triggers (1 same
 * stem, ½ one stem extending the other, else 0) times the weighted sum of the evidence below; the
 * weights sum to one, so scores lie in 0..1. An event joins the best cluster whose members it
 * scores, on average, at least {@code threshold} with.
 *
 * @param trigger the base score of two mentions whose triggers match
 * @param evidence weight of the cosine of the trigger sentences' words
 * @param context weight of the cosine of the articles' headline and lead
 * @param actors weight of the overlap of actors (codes and names)
 * @param agreement weight of place and date agreeing (when both sides know them)
 * @param threshold the least average score to join a cluster
 */
public record DedupConfig(
    double trigger, double evidence, double context, double actors, double agreement, double threshold) {
  public DedupConfig {
    double sum = trigger + evidence + context + actors + agreement;
    if (trigger < 0 || evidence < 0 || context < 0 || actors < 0 || agreement < 0 || Math.abs(sum - 1) > 1e-6) {
      throw new IllegalArgumentException("weights must be non-negative and sum to 1, got " + sum);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must lie in (0, 1], got " + threshold);
    }
  }

  /** Weights fitted on ECB+ training topics (1-35 minus the development topics). */
  public static DedupConfig defaults() {
    return new DedupConfig(0.40, 0.20, 0.20, 0.10, 0.10, 0.50);
  }

  public DedupConfig withThreshold(double t) {
    return new DedupConfig(trigger, evidence, context, actors, agreement, t);
  }
}
