package org.dateline.core.claims;

import java.util.Objects;

/** Two events' claims that cannot both hold (one asserts what the other denies, or counts differ). */
public record Contradiction(String firstEvent, String secondEvent, Disagreement disagreement) {
  public Contradiction {
    Objects.requireNonNull(firstEvent, "firstEvent");
    Objects.requireNonNull(secondEvent, "secondEvent");
    Objects.requireNonNull(disagreement, "disagreement");
  }
}
