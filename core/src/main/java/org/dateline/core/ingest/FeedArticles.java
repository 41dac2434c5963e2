package org.dateline.core.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.dateline.core.model.Article;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * RSS and Atom feeds (via Rome): one article per item. When an item's linked page is stored next
 * to the feed (same file name as the link's last path segment), the page's main text is used;
 * otherwise the item's content or summary. An item without any text is a per-item failure; an
 * item whose date does not parse keeps the run's {@code --date} (or none).
 */
final class FeedArticles {
  private final IngestOptions options;
  private final HtmlArticles html;
  private final DatelineParser datelines = new DatelineParser();

  FeedArticles(IngestOptions options, HtmlArticles html) {
    this.options = options;
    this.html = html;
  }

  List<IngestResult> read(byte[] bytes, String name, @Nullable Path directory) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no external entities from untrusted feeds
      feed = input.build(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    } catch (FeedException | IllegalArgumentException e) {
      return List.of(IngestResult.Failed.of(name, "not a valid RSS/Atom feed: " + firstLine(e.getMessage())));
    }
    List<IngestResult> out = new ArrayList<>();
    String source = feed.getTitle() == null || feed.getTitle().isBlank() ? options.source() : feed.getTitle().trim();
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      out.add(item(entry, name + "#item" + n, source, directory));
    }
    if (out.isEmpty()) {
      out.add(IngestResult.Failed.of(name, "feed has no items"));
    }
    return out;
  }

  private IngestResult item(SyndEntry e, String item, @Nullable String source, @Nullable Path directory) {
    LocalDate date = day(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
    if (date == null) {
      date = options.date();
    }
    String link = e.getLink();
    String id = e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : link;
    if (id == null || id.isBlank()) {
      id = item;
    }
    Path local = localPage(link, directory);
    if (local != null) {
      try {
        IngestResult page = html.read(Files.readAllBytes(local), item + " (" + local.getFileName() + ")", id, link, date);
        if (page instanceof IngestResult.Ok ok) {
          Article a = ok.article();
          return new IngestResult.Ok(
              new Article(id, a.origin(), a.text(), title(e, a.title()), link, source, a.published(), a.dateline(), a.extra()));
        }
      } catch (IOException ex) {
        return IngestResult.Failed.of(item, "linked page " + local + ": " + ArticleReader.describe(ex));
      }
    }
    String text = text(e);
    if (text.isBlank()) {
      return IngestResult.Failed.of(item, "feed item has no text (no content, summary or stored page)");
    }
    return new IngestResult.Ok(
        new Article(id, item, text, title(e, null), link, source, date, datelines.parse(text, date).orElse(null), Map.of()));
  }

  private static @Nullable String title(SyndEntry e, @Nullable String fallback) {
    return e.getTitle() != null && !e.getTitle().isBlank() ? e.getTitle().trim() : fallback;
  }

  private static String text(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        sb.append(Jsoup.parse(c.getValue()).text()).append("\n\n");
      }
    }
    if (sb.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null) {
      sb.append(Jsoup.parse(e.getDescription().getValue()).text());
    }
    return sb.toString().trim();
  }

  /** A stored copy of the linked page beside the feed, matched by the link's last path segment. */
  private static @Nullable Path localPage(@Nullable String link, @Nullable Path directory) {
    if (link == null || directory == null) {
      return null;
    }
    try {
      String path = URI.create(link.trim()).getPath();
      if (path == null || path.isEmpty() || path.endsWith("/")) {
        return null;
      }
      String file = path.substring(path.lastIndexOf('/') + 1);
      for (String candidate : new String[] {file, file + ".html", file + ".htm"}) {
        Path p = directory.resolve(candidate).normalize();
        if (p.startsWith(directory) && Files.isRegularFile(p)) {
          return p;
        }
      }
    } catch (IllegalArgumentException e) {
      return null; // not a URI: no stored page can match it
    }
    return null;
  }

  private static @Nullable LocalDate day(@Nullable Date d) {
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
