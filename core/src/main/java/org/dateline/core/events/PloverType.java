package org.dateline.core.events;

import java.util.Locale;
import java.util.Optional;

/** The sixteen PLOVER 2.0 event types, with their quad category. */
public enum PloverType {
  AGREE(Quad.VERBAL_COOPERATION),
  CONSULT(Quad.VERBAL_COOPERATION),
  SUPPORT(Quad.VERBAL_COOPERATION),
  CONCEDE(Quad.MATERIAL_COOPERATION),
  COOPERATE(Quad.MATERIAL_COOPERATION),
  AID(Quad.MATERIAL_COOPERATION),
  RETREAT(Quad.MATERIAL_COOPERATION),
  REQUEST(Quad.VERBAL_CONFLICT),
  ACCUSE(Quad.VERBAL_CONFLICT),
  REJECT(Quad.VERBAL_CONFLICT),
  THREATEN(Quad.VERBAL_CONFLICT),
  PROTEST(Quad.MATERIAL_CONFLICT),
  SANCTION(Quad.MATERIAL_CONFLICT),
  MOBILIZE(Quad.MATERIAL_CONFLICT),
  COERCE(Quad.MATERIAL_CONFLICT),
  ASSAULT(Quad.MATERIAL_CONFLICT);

  /** PLOVER's four-way summary of event types. */
  public enum Quad {
    VERBAL_COOPERATION,
    MATERIAL_COOPERATION,
    VERBAL_CONFLICT,
    MATERIAL_CONFLICT
  }

  private final Quad quad;

  PloverType(Quad quad) {
    this.quad = quad;
  }

  public Quad quad() {
    return quad;
  }

  /**
   * The type for a PLOVER label, accepting the pre-2.0 labels of older gold data (FIGHT → ASSAULT,
   * DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE); empty for anything else.
   */
  public static Optional<PloverType> ofLabel(String label) {
    String l = label.strip().toUpperCase(Locale.ROOT);
    switch (l) {
      case "FIGHT":
        return Optional.of(ASSAULT);
      case "DEMAND":
        return Optional.of(REQUEST);
      case "DISAPPROVE":
      case "INVESTIGATE":
        return Optional.of(ACCUSE);
      default:
        try {
          return Optional.of(valueOf(l));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
    }
  }
}
