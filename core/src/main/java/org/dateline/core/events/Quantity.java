package org.dateline.core.events;

import java.util.Objects;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A count of people affected by an event ("two senior militant leaders were killed" → KILLED 2).
 *
 * @param value the number, or the lower bound for {@link Qualifier#MORE_THAN}/{@link
 *     Qualifier#AT_LEAST}; null for vague counts such as "several"
 * @param span the count phrase ("more than two dozen"), or the noun when the count is vague
 */
public record Quantity(Kind kind, @Nullable Long value, Qualifier qualifier, Span span, String text) {
  /** What happened to the people counted. */
  public enum Kind {
    KILLED,
    WOUNDED,
    CAPTURED,
    DISPLACED
  }

  /** How exact the count is. */
  public enum Qualifier {
    EXACT,
    MORE_THAN,
    AT_LEAST,
    ABOUT,
    AT_MOST,
    /** "several", "some", "a few": a small unknown number. */
    SEVERAL,
    /** "dozens", "hundreds", "many": a large unknown number. */
    MANY
  }

  public Quantity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (value != null && value < 0) {
      throw new IllegalArgumentException("negative count " + value);
    }
  }
}
