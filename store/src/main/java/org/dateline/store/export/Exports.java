package org.dateline.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.store.ArticleStore;
import org.dateline.store.EventQuery;
import org.jspecify.annotations.Nullable;

/**
 * Writes the events a query selects (all of them: limit and offset are ignored) in one format, to a
 * file or a stream, oldest first. The store is read in batches, so exports of any size run in
 * bounded memory.
 */
public final class Exports {
  private Exports() {}

  /**
   * Exports to {@code file}, or to {@code stdout} when {@code file} is null (not for Parquet).
   *
   * @return how many events were read from the store (GeoJSON leaves out those without coordinates)
   */
  public static long export(ArticleStore store, EventQuery query, ExportFormat format, @Nullable Path file,
      Writer stdout) throws IOException {
    if (file == null && format.needsFile()) {
      throw new IllegalArgumentException(format.name().toLowerCase(java.util.Locale.ROOT) + " export needs --out FILE");
    }
    EventQuery ordered = query.page(query.limit(), 0);
    ordered = new EventQuery(ordered.types(), ordered.mode(), ordered.actor(), ordered.country(), ordered.place(),
        ordered.from(), ordered.to(), ordered.status(), ordered.minSources(), ordered.text(), ordered.bbox(),
        ordered.articleId(), EventQuery.Sort.OLDEST, ordered.limit(), 0);
    try (EventSink sink = open(format, file, stdout)) {
      return store.eachEvent(ordered, e -> {
        try {
          sink.write(e);
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static EventSink open(ExportFormat format, @Nullable Path file, Writer stdout) throws IOException {
    if (format == ExportFormat.PARQUET) {
      return new ParquetSink(file);
    }
    Writer w = file == null
        ? new BufferedWriter(new NonClosing(stdout))
        : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return switch (format) {
      case CSV -> new CsvSink(w);
      case JSONL -> JsonSinks.jsonl(w);
      case PLOVER -> JsonSinks.plover(w);
      case GEOJSON -> JsonSinks.geojson(w);
      case PHOENIX -> new PhoenixSink(w);
      case PARQUET -> throw new IllegalStateException("handled above");
    };
  }

  /** Standard output is flushed, never closed, when an export ends. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
