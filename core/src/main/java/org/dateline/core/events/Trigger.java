package org.dateline.core.events;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One trigger lexicon entry.
 *
 * @param lemma the head lemma ("drive")
 * @param particle a particle or preposition the head must govern ("out" in "drive out"), if any
 * @param noun whether the trigger is a noun (else a verb)
 * @param type the PLOVER type; null only for imported codes outside CAMEO (PETRARCH's test codes)
 * @param reciprocal the CAMEO code of the same act seen from the target's side, coded target →
 *     source (PETRARCH's {@code [032:033]}: A visits B, so B hosts A); null for most triggers
 */
public record Trigger(
    String lemma,
    @Nullable String particle,
    boolean noun,
    @Nullable PloverType type,
    @Nullable String mode,
    @Nullable String context,
    String cameo,
    @Nullable String reciprocal) {
  public Trigger(String lemma, @Nullable String particle, boolean noun, @Nullable PloverType type, @Nullable String mode,
      @Nullable String context, String cameo) {
    this(lemma, particle, noun, type, mode, context, cameo, null);
  }

  public Trigger {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(cameo, "cameo");
    if (!cameo.matches("\\d{2,4}[A-Za-z]?")) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits (an imported code may end in one letter): '" + cameo + "'");
    }
    if (reciprocal != null && !reciprocal.matches("\\d{2,4}[A-Za-z]?")) {
      throw new IllegalArgumentException("reciprocal CAMEO code must be 2 to 4 digits: '" + reciprocal + "'");
    }
  }
}
