package org.dateline.core.events;

import java.util.Map;
import java.util.Optional;

/**
 * CAMEO event codes → PLOVER types, written from the CAMEO→PLOVER table published with the PLOVER
 * manual (2021): each CAMEO cue category maps to one PLOVER type, with the exceptions below for
 * codes whose meaning moved (de-escalation and withdrawal to RETREAT, investigation to ACCUSE,
 * torture to ASSAULT). Statements (01) have no PLOVER type. Stateless.
 */
public final class CameoPlover {
  private CameoPlover() {}

  private static final Map<String, PloverType> ROOTS =
      Map.ofEntries(
          Map.entry("02", PloverType.REQUEST),
          Map.entry("03", PloverType.AGREE),
          Map.entry("04", PloverType.CONSULT),
          Map.entry("05", PloverType.SUPPORT),
          Map.entry("06", PloverType.COOPERATE),
          Map.entry("07", PloverType.AID),
          Map.entry("08", PloverType.CONCEDE),
          Map.entry("09", PloverType.ACCUSE),
          Map.entry("10", PloverType.REQUEST),
          Map.entry("11", PloverType.ACCUSE),
          Map.entry("12", PloverType.REJECT),
          Map.entry("13", PloverType.THREATEN),
          Map.entry("14", PloverType.PROTEST),
          Map.entry("15", PloverType.MOBILIZE),
          Map.entry("16", PloverType.SANCTION),
          Map.entry("17", PloverType.COERCE),
          Map.entry("18", PloverType.ASSAULT),
          Map.entry("19", PloverType.ASSAULT),
          Map.entry("20", PloverType.ASSAULT));

  /** Three-digit codes whose PLOVER type differs from their cue category's. */
  private static final Map<String, PloverType> EXCEPTIONS =
      Map.of(
          "083", PloverType.RETREAT, // accede to demands for change in leadership (resign)
          "087", PloverType.RETREAT, // de-escalate military engagement
          "166", PloverType.SANCTION,
          "172", PloverType.COERCE,
          "023", PloverType.REQUEST);

  /** The PLOVER type of a CAMEO code ("190", "0874"); empty for statements and unknown codes. */
  public static Optional<PloverType> typeOf(String cameo) {
    if (cameo.length() < 2 || !cameo.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    if (cameo.length() >= 3) {
      PloverType t = EXCEPTIONS.get(cameo.substring(0, 3));
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.ofNullable(ROOTS.get(cameo.substring(0, 2)));
  }
}
