package org.dateline.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.dateline.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages, RSS feeds and WARC files, including the broken ones people actually have. */
class WebInputTest {
  @TempDir Path dir;

  private static final ArticleReader READER = new ArticleReader(IngestOptions.defaults());

  private static List<IngestResult> all(Iterator<IngestResult> it) {
    List<IngestResult> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private Path copy(String resource, String as) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/ingest/" + resource)) {
      Path p = dir.resolve(as);
      Files.write(p, in.readAllBytes());
      return p;
    }
  }

  private static Article ok(IngestResult r) {
    assertThat(r).as(r.toString()).isInstanceOf(IngestResult.Ok.class);
    return ((IngestResult.Ok) r).article();
  }

  @Test
  void htmlKeepsTheStoryAndDropsBoilerplate() throws IOException {
    Article a = ok(all(READER.read(copy("page.html", "sirte.html"))).get(0));
    assertThat(a.id()).isEqualTo("https://news.example.org/world/sirte-clashes");
    assertThat(a.title()).isEqualTo("Clashes erupt near Sirte as rival forces trade fire");
    assertThat(a.source()).isEqualTo("Example News");
    assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 14));
    assertThat(a.text()).startsWith("SIRTE, Libya (Example Wire) - Forces loyal");
    assertThat(a.text()).contains("four fighters had been killed").contains("respect the ceasefire");
    assertThat(a.text())
        .doesNotContain("tracking").doesNotContain("injected").doesNotContain("Copyright")
        .doesNotContain("Home").doesNotContain("Related:").doesNotContain("Share on");
    assertThat(a.dateline().place()).isEqualTo("SIRTE, Libya");
    assertThat(a.extra()).containsEntry("language", "en");
  }

  @Test
  void htmlWithoutBodyIsOneClearFailure() throws IOException {
    IngestResult r = all(READER.read(copy("no-body.html", "empty.html"))).get(0);
    assertThat(((IngestResult.Failed) r).failure().message()).isEqualTo("no article text found in the HTML page");
  }

  @Test
  void feedItemsBecomeArticlesAndBrokenOnesFailAlone() throws IOException {
    Path feed = copy("feed.rss", "top.rss");
    copy("page.html", "page.html"); // the stored copy of item 4's link
    List<IngestResult> r = all(READER.read(feed));
    assertThat(r).hasSize(4);
    Article first = ok(r.get(0));
    assertThat(first.id()).isEqualTo("wire-1001");
    assertThat(first.source()).isEqualTo("Example Wire Top Stories");
    assertThat(first.published()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(first.text()).isEqualTo("Delegations met in Geneva on Monday for a new round of talks, officials said.");
    Article brokenDate = ok(r.get(1));
    assertThat(brokenDate.published()).isNull();
    assertThat(brokenDate.text()).startsWith("Dock workers");
    assertThat(((IngestResult.Failed) r.get(2)).failure().message()).contains("no text");
    Article stored = ok(r.get(3));
    assertThat(stored.text()).contains("four fighters had been killed");
    assertThat(stored.title()).isEqualTo("Stored page");
  }

  @Test
  void notAFeedIsOneFailure() throws IOException {
    Path p = dir.resolve("bad.xml");
    Files.writeString(p, "<?xml version=\"1.0\"?><rss><channel><item>");
    IngestResult r = all(READER.read(p)).get(0);
    assertThat(((IngestResult.Failed) r).failure().message()).startsWith("not a valid RSS/Atom feed");
  }

  @Test
  void warcResponsesWithHtmlBecomeArticles() throws IOException {
    Path warc = dir.resolve("news.warc");
    Files.write(warc, warc(page(), "https://news.example.org/a", true));
    List<IngestResult> r = all(READER.read(warc));
    assertThat(r).hasSize(1);
    Article a = ok(r.get(0));
    assertThat(a.text()).contains("four fighters had been killed");
    assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 14));
  }

  @Test
  void truncatedWarcKeepsWhatCameBeforeAndReportsTheDamage() throws IOException {
    byte[] one = warc(page(), "https://news.example.org/a", true);
    byte[] two = warc(page(), "https://news.example.org/b", true);
    byte[] both = new byte[one.length + two.length / 2];
    System.arraycopy(one, 0, both, 0, one.length);
    System.arraycopy(two, 0, both, one.length, two.length / 2);
    Path warc = dir.resolve("cut.warc");
    Files.write(warc, both);
    List<IngestResult> r = all(READER.read(warc));
    assertThat(r).hasSizeGreaterThanOrEqualTo(2);
    ok(r.get(0));
    IngestResult last = r.get(r.size() - 1);
    assertThat(((IngestResult.Failed) last).failure().message()).contains("corrupt or truncated WARC");
  }

  @Test
  void warcOfJunkIsOneFailure() throws IOException {
    Path warc = dir.resolve("junk.warc");
    Files.write(warc, "WARC/1.0\r\nthis is not a header\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    List<IngestResult> r = all(READER.read(warc));
    assertThat(r).hasSize(1);
    assertThat(r.get(0)).isInstanceOf(IngestResult.Failed.class);
  }

  private byte[] page() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/ingest/page.html")) {
      return in.readAllBytes();
    }
  }

  /** One WARC response record around an HTTP response carrying {@code body}. */
  static byte[] warc(byte[] body, String uri, boolean html) {
    byte[] http =
        concat(
            ("HTTP/1.1 200 OK\r\nContent-Type: " + (html ? "text/html; charset=utf-8" : "image/png")
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII),
            body);
    String header =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
            + "\r\nWARC-Date: 2021-03-15T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
            + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
            + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length
            + "\r\n\r\n";
    return concat(concat(header.getBytes(StandardCharsets.US_ASCII), http), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void stdinIsSniffedForHtml() throws IOException {
    List<IngestResult> r = all(READER.read(new java.io.ByteArrayInputStream(page()), "-"));
    assertThat(ok(r.get(0)).title()).startsWith("Clashes");
    assertThat(Arrays.asList(IngestOptions.InputFormat.values())).contains(IngestOptions.InputFormat.WARC);
  }
}
