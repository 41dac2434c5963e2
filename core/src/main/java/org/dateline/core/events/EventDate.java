package org.dateline.core.events;

import java.util.Objects;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * When an event happened.
 *
 * @param value ISO date at the stated precision ({@code 2015-12-26}, {@code 2015-04}, {@code 2015})
 * @param span the time expression it came from; null when taken from the article date
 */
public record EventDate(String value, Precision precision, Basis basis, @Nullable Span span, @Nullable String text) {
  /** How much of the date is known. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR
  }

  /** Where the date came from. */
  public enum Basis {
    /** A time expression in the event's own clause. */
    CLAUSE,
    /** No usable time expression: the article's publication (or dateline) date. */
    ARTICLE
  }

  public EventDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(basis, "basis");
    if ((span == null) != (text == null)) {
      throw new IllegalArgumentException("a date's span and text come together");
    }
  }
}
