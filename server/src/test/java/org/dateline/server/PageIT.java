package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.core.ingest.DatelineParser;
import org.dateline.core.json.DocumentJson;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.nlp.NlpConfig;
import org.dateline.core.pipeline.DatelinePipeline;
import org.dateline.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page in a real headless Chromium (Debian's), against a real server and store. */
class PageIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  @TempDir static Path dir;
  static ArticleStore store;
  static Javalin app;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "needs Debian's chromium and chromium-driver");
    store = ArticleStore.open(dir.resolve("page.db").toString());
    DatelinePipeline pipeline = new DatelinePipeline(new CoreNlpAnnotator(NlpConfig.parse("tokenize,ssplit,pos,lemma,ner", NlpConfig.CorefAlgorithm.FASTNEURAL)));
    DocumentJson json = new DocumentJson();
    for (Article a : List.of(
        article("kirkuk", "KIRKUK, Iraq (Reuters) - Kurdish forces said Ahmed Saleh was arrested in Kirkuk on Saturday.", "Arrest in Kirkuk"),
        article("hostile", "Someone posted <script>window.__pwned = 1</script> and <img src=x onerror=\"window.__pwned = 2\"> on a forum in Mosul.", "<b>Hostile</b> title"))) {
      CodedDocument d = pipeline.code(a);
      store.put(d, json.toJsonLine(d), "test");
    }
    app = new DatelineServer(new ServerConfig("127.0.0.1", 0, null, 100_000), store, null).create().start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chrome"),
        // Any host but the server's fails to resolve: a request outside would show as an error.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  static Article article(String id, String text, String title) {
    LocalDate date = LocalDate.of(2015, 12, 26);
    return new Article(id, id + ".txt", text, title, null, "Wire", date, new DatelineParser().parse(text, date).orElse(null), Map.of());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @Test
  void pageShowsArticlesEvidenceAndRunsNoDataAsCode() throws Exception {
    String origin = "http://127.0.0.1:" + app.port();
    browser.get(origin + "/");
    waiting().until(d -> d.findElements(By.cssSelector("#articles li")).size() == 2);
    // The basemap is drawn from the server's own copy of the country shapes.
    waiting().until(d -> d.findElements(By.cssSelector("#map path")).size() > 100);

    WebElement hostile = browser.findElement(By.cssSelector("#articles li[data-id='hostile']"));
    assertThat(hostile.getText()).contains("<b>Hostile</b> title");
    hostile.click();
    waiting().until(d -> d.findElement(By.id("article-text")).getText().contains("onerror"));
    assertThat(browser.findElement(By.id("article-text")).getText()).contains("<script>window.__pwned = 1</script>");
    assertThat(browser.findElements(By.cssSelector("#article-text img, #article-text script"))).isEmpty();
    assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined")).isEqualTo(true);

    browser.findElement(By.cssSelector("#articles li[data-id='kirkuk']")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("#article-text mark.person")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#article-text mark")))
        .extracting(WebElement::getText)
        .contains("Ahmed Saleh", "Kirkuk");

    @SuppressWarnings("unchecked")
    List<String> fetched = (List<String>) ((JavascriptExecutor) browser)
        .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(fetched).isNotEmpty().allMatch(u -> u.startsWith(origin + "/"));

    Path shot = Path.of("target", "page.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
