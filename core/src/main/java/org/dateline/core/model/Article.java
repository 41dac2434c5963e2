package org.dateline.core.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One news article as read from its input, before any language annotation.
 *
 * <p>{@code text} is the original text, unchanged: every {@link Span} in Dateline indexes into it.
 * The dateline, when present, is a prefix of it and is recorded, not cut off.
 *
 * @param id stable identifier (from the input, or derived from the file name)
 * @param origin where the article came from, for messages ({@code "news.jsonl:12"})
 * @param published publication date, the anchor for relative dates such as "Saturday"
 * @param extra input fields Dateline does not interpret, kept so nothing is lost
 */
public record Article(
    String id,
    String origin,
    String text,
    @Nullable String title,
    @Nullable String url,
    @Nullable String source,
    @Nullable LocalDate published,
    @Nullable Dateline dateline,
    Map<String, Object> extra) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank (" + origin + ")");
    }
    if (dateline != null && dateline.span().end() > text.length()) {
      throw new IllegalArgumentException("dateline lies outside the text (" + origin + ")");
    }
    // LinkedHashMap keeps the input's field order; the unmodifiable view keeps the record immutable.
    extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** The date relative expressions are resolved against: publication date, else the dateline's. */
  public @Nullable LocalDate referenceDate() {
    if (published != null) {
      return published;
    }
    return dateline == null ? null : dateline.date();
  }

  /** Offset where the story body begins (after the dateline, if any). */
  public int bodyStart() {
    return dateline == null ? 0 : dateline.bodyStart();
  }

  public Article withDateline(@Nullable Dateline newDateline) {
    return new Article(id, origin, text, title, url, source, published, newDateline, extra);
  }
}
