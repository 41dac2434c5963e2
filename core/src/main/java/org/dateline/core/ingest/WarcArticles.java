package org.dateline.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.jspecify.annotations.Nullable;

/**
 * WARC files (plain or gzipped, as Common Crawl News writes them), via jwarc: every response
 * record holding an HTML page becomes an article; other records are skipped. A truncated or
 * corrupt file yields the articles before the damage and then one failure naming the position.
 */
final class WarcArticles {
  private final HtmlArticles html;
  private final long maxBytes;

  WarcArticles(HtmlArticles html, long maxBytes) {
    this.html = html;
    this.maxBytes = maxBytes;
  }

  Iterator<IngestResult> read(ArticleReader.BytesSource source, String name) {
    return new RecordIterator(source, name);
  }

  private final class RecordIterator extends SteppingIterator {
    private final ArticleReader.BytesSource source;
    private final String name;
    private @Nullable WarcReader reader;
    private int records;
    private int pages;

    RecordIterator(ArticleReader.BytesSource source, String name) {
      this.source = source;
      this.name = name;
    }

    @Override
    protected @Nullable IngestResult step() {
      long position = 0;
      try {
        if (reader == null) {
          InputStream in = source.open();
          reader = new WarcReader(in);
        }
        position = reader.position();
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          close();
          return records == 0 ? IngestResult.Failed.of(name, "empty WARC file") : null;
        }
        records++;
        if (!(record.get() instanceof WarcResponse response)) {
          return null;
        }
        String item = name + "@" + position;
        Optional<WarcPayload> payload = response.payload();
        if (payload.isEmpty()) {
          return null;
        }
        MediaType type = payload.get().type().base();
        if (!type.subtype().equals("html") && !type.subtype().equals("xhtml+xml")) {
          return null;
        }
        byte[] bytes = payload.get().body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes * 4 + 1));
        pages++;
        LocalDate crawled = response.date().atZone(ZoneOffset.UTC).toLocalDate();
        String target = response.target();
        return html.read(bytes, item, target == null ? response.id().toString() : target, target, crawled);
      } catch (IOException | RuntimeException e) {
        close();
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return IngestResult.Failed.of(
            name + "@" + position,
            "corrupt or truncated WARC after " + records + " records (" + pages + " pages read): " + what);
      }
    }

    private void close() {
      finish();
      if (reader != null) {
        try {
          reader.close();
        } catch (IOException e) {
          // closing a damaged file may fail again; the damage was already reported
        }
      }
    }
  }
}
