package org.dateline.core.claims;

import java.util.Objects;

/**
 * Two claims about the same event that cannot both hold.
 *
 * @param explanation a readable summary ("asserted by Security officials ... vs denied by Two US
 *     defense officials")
 */
public record Disagreement(Kind kind, Claim first, Claim second, String explanation) {

  /** Why the claims disagree. */
  public enum Kind {
    /** One source asserts or reports it, another denies it. */
    ASSERTED_VS_DENIED,
    /** The sources give different numbers ("two killed" vs "five killed"). */
    COUNT
  }

  public Disagreement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(explanation, "explanation");
  }
}
