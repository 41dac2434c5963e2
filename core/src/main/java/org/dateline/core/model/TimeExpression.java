package org.dateline.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A time expression normalised against the article's reference date.
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ({@code "2015-12-26"}, {@code "2015-05"}, {@code "PAST_REF"}), or null
 *     when it could not be normalised
 * @param rangeBegin start of the range for expressions such as "since May", if any
 * @param rangeEnd end of that range, if any
 */
public record TimeExpression(
    Span span,
    String text,
    int sentence,
    String type,
    @Nullable String value,
    @Nullable String rangeBegin,
    @Nullable String rangeEnd) {
  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
