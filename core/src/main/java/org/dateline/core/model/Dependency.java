package org.dateline.core.model;

import java.util.Objects;

/**
 * A typed dependency edge (Universal Dependencies, enhanced++ where available) within one
 * sentence. Token indices are positions within the sentence; the root edge has governor {@code
 * -1}.
 */
public record Dependency(String relation, int governor, int dependent) {
  public static final int ROOT = -1;

  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (governor < ROOT || dependent < 0) {
      throw new IllegalArgumentException("bad dependency " + governor + " -> " + dependent);
    }
  }
}
