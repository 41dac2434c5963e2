package org.dateline.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.model.Article;
import org.dateline.core.model.Dateline;
import org.dateline.core.model.ItemFailure;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * One ingested item in a form Spark can move between partitions: an article, field by field, or
 * the failure that replaced it. The core records stay free of Java serialization; this copy exists
 * only so that the articles of one large file can be spread over every task slot (a file is read
 * by one task, but its articles are coded by all of them).
 *
 * <p>{@code extra} holds what the readers put there: strings, numbers, booleans and JSON lists and
 * maps as {@code java.util} collections, all serializable.
 */
record PortableItem(
    @Nullable String id,
    String origin,
    @Nullable String text,
    @Nullable String title,
    @Nullable String url,
    @Nullable String source,
    @Nullable LocalDate published,
    int @Nullable [] datelineSpans, // start, end of: whole, place, agency, date (-1 when absent)
    String @Nullable [] datelineTexts, // place, agency, date text
    @Nullable LocalDate datelineDate,
    @Nullable LinkedHashMap<String, Object> extra,
    @Nullable String failureStage,
    @Nullable String failureMessage)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static PortableItem of(IngestResult r) {
    if (r instanceof IngestResult.Failed f) {
      ItemFailure x = f.failure();
      return new PortableItem(null, x.item(), null, null, null, null, null, null, null, null, null, x.stage(), x.message());
    }
    Article a = ((IngestResult.Ok) r).article();
    Dateline d = a.dateline();
    int[] spans = null;
    String[] texts = null;
    if (d != null) {
      spans = new int[] {d.span().start(), d.span().end(), start(d.placeSpan()), end(d.placeSpan()),
          start(d.agencySpan()), end(d.agencySpan()), start(d.dateSpan()), end(d.dateSpan())};
      texts = new String[] {d.place(), d.agency(), d.dateText()};
    }
    return new PortableItem(a.id(), a.origin(), a.text(), a.title(), a.url(), a.source(), a.published(), spans, texts,
        d == null ? null : d.date(), new LinkedHashMap<>(a.extra()), null, null);
  }

  boolean failed() {
    return failureStage != null;
  }

  ItemFailure failure() {
    return new ItemFailure(origin, failureStage, failureMessage);
  }

  Article article() {
    Dateline d = null;
    if (datelineSpans != null && datelineTexts != null) {
      int[] s = datelineSpans;
      d = new Dateline(new Span(s[0], s[1]), datelineTexts[0], span(s[2], s[3]), datelineTexts[1], span(s[4], s[5]),
          datelineTexts[2], span(s[6], s[7]), datelineDate);
    }
    Map<String, Object> fields = extra == null ? Map.of() : extra;
    return new Article(id, origin, text, title, url, source, published, d, fields);
  }

  private static int start(@Nullable Span s) {
    return s == null ? -1 : s.start();
  }

  private static int end(@Nullable Span s) {
    return s == null ? -1 : s.end();
  }

  private static @Nullable Span span(int start, int end) {
    return start < 0 ? null : new Span(start, end);
  }
}
