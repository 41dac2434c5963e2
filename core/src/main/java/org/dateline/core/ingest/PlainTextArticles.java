package org.dateline.core.ingest;

import java.util.Map;
import org.dateline.core.model.Article;
import org.dateline.core.model.Dateline;

/** Turns the bytes of one plain-text file into an article, its dateline parsed. */
final class PlainTextArticles {
  private final IngestOptions options;
  private final DatelineParser datelines = new DatelineParser();

  PlainTextArticles(IngestOptions options) {
    this.options = options;
  }

  IngestResult read(byte[] bytes, String name, String id) {
    if (bytes.length > options.maxBytes()) {
      return IngestResult.Failed.of(name, tooLarge(bytes.length, options.maxBytes()));
    }
    String text;
    try {
      text = TextDecoder.decode(bytes);
    } catch (TextDecoder.NotTextException e) {
      return IngestResult.Failed.of(name, e.getMessage());
    }
    if (text.isBlank()) {
      return IngestResult.Failed.of(name, bytes.length == 0 ? "empty file" : "no text, only blanks");
    }
    Dateline dateline = datelines.parse(text, options.date()).orElse(null);
    return new IngestResult.Ok(
        new Article(id, name, text, null, null, options.source(), options.date(), dateline, Map.of()));
  }

  static String tooLarge(long size, long max) {
    return String.format(
        java.util.Locale.ROOT,
        "too large for one article: %,d bytes, limit %,d (raise it with --max-bytes)",
        size,
        max);
  }
}
