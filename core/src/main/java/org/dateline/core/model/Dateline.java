package org.dateline.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The wire-service header at the start of a story ({@code "BEIRUT, Lebanon, Dec 27 (AFP) -"}).
 *
 * @param span the whole header including the trailing dash; the body starts at {@code span.end()}
 * @param place the place text as written ({@code "BEIRUT, Lebanon"}), if any
 * @param agency the agency in parentheses ({@code "AFP"}), if any
 * @param dateText the date as written ({@code "Dec 27"}), if any
 * @param date that date resolved against the article's publication year, if both are known
 */
public record Dateline(
    Span span,
    @Nullable String place,
    @Nullable Span placeSpan,
    @Nullable String agency,
    @Nullable Span agencySpan,
    @Nullable String dateText,
    @Nullable Span dateSpan,
    @Nullable LocalDate date) {

  public Dateline {
    java.util.Objects.requireNonNull(span, "span");
    if ((place == null) != (placeSpan == null)
        || (agency == null) != (agencySpan == null)
        || (dateText == null) != (dateSpan == null)) {
      throw new IllegalArgumentException("each dateline part needs both its text and its span");
    }
  }

  /** Offset of the first character of the story body. */
  public int bodyStart() {
    return span.end();
  }
}
