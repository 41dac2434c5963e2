package org.dateline.core.dedup;

/**
 * Weights and threshold of the clusterer. The weights of the evidence sum to one, so a pair's score
 * lies in 0..1; an event joins the best cluster whose average score reaches {@code threshold}.
 *
 * @param trigger weight of the trigger lemmas matching
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
    return new DedupConfig(0.40, 0.20, 0.20, 0.10, 0.10, 0.42);
  }

  public DedupConfig withThreshold(double t) {
    return new DedupConfig(trigger, evidence, context, actors, agreement, t);
  }
}
