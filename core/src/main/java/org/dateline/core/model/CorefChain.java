package org.dateline.core.model;

import java.util.List;

/**
 * Mentions that refer to the same entity, in text order.
 *
 * @param representative index into {@code mentions} of the most informative mention
 */
public record CorefChain(int id, int representative, List<CorefMention> mentions) {
  public CorefChain {
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty() || representative < 0 || representative >= mentions.size()) {
      throw new IllegalArgumentException("chain " + id + " has no valid representative");
    }
  }

  public CorefMention representativeMention() {
    return mentions.get(representative);
  }
}
