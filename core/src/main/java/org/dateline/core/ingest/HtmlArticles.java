package org.dateline.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.model.Article;
import org.dateline.core.model.Dateline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * One HTML page to one article: the main text with boilerplate (navigation, scripts, asides,
 * footers, link lists) removed, and title, date, source and URL from the page's metadata where
 * present. Paragraphs are joined by blank lines; the article's offsets index that extracted text.
 */
final class HtmlArticles {
  private static final String BOILERPLATE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, canvas,"
          + " button, select, figure, [role=navigation], [role=banner], [role=contentinfo],"
          + " [aria-hidden=true], .advert, .ad, .ads, .share, .social, .related, .comments, .newsletter";
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private final IngestOptions options;
  private final DatelineParser datelines = new DatelineParser();

  HtmlArticles(IngestOptions options) {
    this.options = options;
  }

  /**
   * @param id the article id to use when the page has no canonical URL
   * @param fallbackUrl the URL the page was fetched from, if known (WARC target, feed link)
   * @param fallbackDate a date to use when the page states none (feed item or crawl date)
   */
  IngestResult read(
      byte[] bytes, String name, String id, @Nullable String fallbackUrl, @Nullable LocalDate fallbackDate) {
    if (bytes.length > options.maxBytes() * 4) {
      // Markup is heavier than text; allow four times the text limit before refusing a page.
      return IngestResult.Failed.of(name, PlainTextArticles.tooLarge(bytes.length, options.maxBytes() * 4));
    }
    if (bytes.length == 0) {
      return IngestResult.Failed.of(name, "empty file");
    }
    if (TextDecoder.looksBinary(bytes, 0)) {
      return IngestResult.Failed.of(name, "binary data, not HTML");
    }
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, fallbackUrl == null ? "" : fallbackUrl);
    } catch (IOException e) {
      return IngestResult.Failed.of(name, "cannot parse HTML: " + e.getMessage());
    }
    String title = firstNonBlank(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
    String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"), fallbackUrl);
    String source = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"), options.source());
    LocalDate published = date(doc);
    if (published == null) {
      published = fallbackDate != null ? fallbackDate : options.date();
    }
    String text = mainText(doc);
    if (text.isBlank()) {
      return IngestResult.Failed.of(name, "no article text found in the HTML page");
    }
    if (text.length() > options.maxBytes()) {
      return IngestResult.Failed.of(name, PlainTextArticles.tooLarge(text.length(), options.maxBytes()));
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    if (!lang.isBlank()) {
      extra.put("language", lang);
    }
    Dateline dateline = datelines.parse(text, published).orElse(null);
    String articleId = url != null && !url.isBlank() ? url : id;
    return new IngestResult.Ok(
        new Article(articleId, name, text, blankToNull(title), blankToNull(url), source, published, dateline, extra));
  }

  /** The text of the element holding most paragraph text, paragraphs separated by blank lines. */
  static String mainText(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    body.select(BOILERPLATE).remove();
    Element container = chooseContainer(body);
    List<String> paragraphs = new ArrayList<>();
    Elements blocks = container.select("p, h2, h3, li, blockquote, pre");
    for (Element e : blocks) {
      if (!e.select("p, li, blockquote").isEmpty() && !e.tagName().equals("p")) {
        continue; // a wrapper of other blocks: its children are taken on their own
      }
      String t = e.text().trim();
      if (t.length() >= MIN_PARAGRAPH_CHARS || (e.tagName().equals("p") && !t.isEmpty())) {
        if (linkDensity(e) < 0.5) {
          paragraphs.add(t);
        }
      }
    }
    if (paragraphs.isEmpty()) {
      String t = container.text().trim();
      return t.length() >= MIN_PARAGRAPH_CHARS ? t : "";
    }
    return String.join("\n\n", paragraphs);
  }

  private static Element chooseContainer(Element body) {
    Element article = body.selectFirst("article");
    if (article != null && article.select("p").size() >= 2) {
      return article;
    }
    Element main = body.selectFirst("main, [role=main]");
    if (main != null && main.select("p").size() >= 2) {
      return main;
    }
    // Readability-style: credit each paragraph's text to its parent; the best parent wins.
    Map<Element, Double> score = new LinkedHashMap<>();
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      String t = p.text();
      double s = Math.min(t.length(), 600) / 100.0 + t.split(",").length * 0.25;
      score.merge(parent, s * (1 - linkDensity(p)), Double::sum);
    }
    return score.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(body);
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return (double) links / all;
  }

  private static @Nullable LocalDate date(Document doc) {
    String[] metas = {
      "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
      "date", "DC.date.issued", "dc.date", "sailthru.date", "parsely-pub-date"
    };
    for (String m : metas) {
      LocalDate d = isoDate(meta(doc, m));
      if (d != null) {
        return d;
      }
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      LocalDate d = isoDate(time.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    for (Element ld : doc.select("script[type=application/ld+json]")) {
      Matcher m = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"").matcher(ld.data());
      if (m.find()) {
        LocalDate d = isoDate(m.group(1));
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static @Nullable LocalDate isoDate(@Nullable String s) {
    if (s == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(s);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String meta(Document doc, String name) {
    for (String attr : new String[] {"property", "name", "itemprop"}) {
      Element e = doc.selectFirst("meta[" + attr + "=" + name + "]");
      if (e != null && !e.attr("content").isBlank()) {
        return e.attr("content").trim();
      }
    }
    return null;
  }

  private static @Nullable String attr(@Nullable Element e, String attr) {
    return e == null ? null : blankToNull(e.attr("abs:" + attr).isBlank() ? e.attr(attr) : e.attr("abs:" + attr));
  }

  private static @Nullable String text(@Nullable Element e) {
    return e == null ? null : e.text();
  }

  private static @Nullable String firstNonBlank(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
