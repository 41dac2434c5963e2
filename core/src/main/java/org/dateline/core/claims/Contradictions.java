package org.dateline.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags claims about the same event (the caller decides which claims those are) that cannot both
 * hold: one source asserts or reports it and another denies it, or they give different counts.
 * Hypothetical and future claims never contradict a report of what happened. Stateless and
 * thread-safe.
 */
public final class Contradictions {

  /** Every disagreeing pair among {@code sameEvent}, in input order. */
  public List<Disagreement> among(List<Claim> sameEvent) {
    List<Disagreement> out = new ArrayList<>();
    for (int i = 0; i < sameEvent.size(); i++) {
      for (int j = i + 1; j < sameEvent.size(); j++) {
        Claim a = sameEvent.get(i);
        Claim b = sameEvent.get(j);
        if (!factual(a) || !factual(b)) {
          continue;
        }
        boolean aDenied = a.status() == ClaimStatus.NEGATED;
        boolean bDenied = b.status() == ClaimStatus.NEGATED;
        if (aDenied != bDenied) {
          Claim asserted = aDenied ? b : a;
          Claim denied = aDenied ? a : b;
          out.add(
              new Disagreement(
                  Disagreement.Kind.ASSERTED_VS_DENIED, a, b,
                  describe(asserted) + " vs denied by " + name(denied)));
        } else if (!aDenied && a.count() != null && b.count() != null
            && a.count().value() != b.count().value()) {
          out.add(
              new Disagreement(
                  Disagreement.Kind.COUNT, a, b,
                  name(a) + " gives " + a.count().value() + ", " + name(b) + " gives "
                      + b.count().value()));
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean factual(Claim c) {
    return c.status() != ClaimStatus.HYPOTHETICAL && c.status() != ClaimStatus.FUTURE;
  }

  private static String describe(Claim c) {
    return c.status().name().toLowerCase(Locale.ROOT) + " by " + name(c);
  }

  private static String name(Claim c) {
    return c.source().text();
  }
}
