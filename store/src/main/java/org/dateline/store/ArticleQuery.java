package org.dateline.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A filter over stored articles. Every value is bound as a parameter, never spliced into SQL.
 *
 * @param text full-text words, all required (null: any)
 * @param source exact outlet name (null: any)
 * @param from first publication date included (null: open)
 * @param to last publication date included (null: open)
 */
public record ArticleQuery(
    @Nullable String text, @Nullable String source, @Nullable LocalDate from, @Nullable LocalDate to, int limit, int offset) {
  public static final int MAX_LIMIT = 500;

  public ArticleQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
    if (text != null && text.isBlank()) {
      text = null;
    }
  }
}
