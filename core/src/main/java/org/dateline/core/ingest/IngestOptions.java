package org.dateline.core.ingest;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to read input.
 *
 * @param format how to interpret files; {@link InputFormat#AUTO} goes by extension and content
 * @param date publication date for plain-text articles (and JSON lines without one)
 * @param source outlet name for plain-text articles (and JSON lines without one)
 * @param maxBytes larger articles are refused with a per-item error, not processed for hours
 */
public record IngestOptions(
    InputFormat format, @Nullable LocalDate date, @Nullable String source, long maxBytes) {
  /** One megabyte of text is ~150,000 words, far beyond any news article. */
  public static final long DEFAULT_MAX_BYTES = 1_000_000;

  public IngestOptions {
    Objects.requireNonNull(format, "format");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    if (source != null && source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(InputFormat.AUTO, null, null, DEFAULT_MAX_BYTES);
  }

  /** Input formats {@link ArticleReader} understands. */
  public enum InputFormat {
    AUTO,
    TEXT,
    JSONL,
    HTML,
    FEED,
    WARC
  }
}
