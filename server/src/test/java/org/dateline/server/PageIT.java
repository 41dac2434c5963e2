package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dateline.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium (Debian's), against a real server over a store the real
 * pipeline filled with the reference article and a hostile one.
 */
class PageIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static ArticleStore store;
  static Javalin app;
  static WebDriver browser;
  static String origin;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "needs Debian's chromium and chromium-driver");
    store = ArticleStore.open(SeedStore.file().toString());
    app = new DatelineServer(new ServerConfig("127.0.0.1", 0, null, 100_000), store, null).create().start();
    origin = "http://127.0.0.1:" + app.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chrome"),
        // Any host but the server's fails to resolve: a request outside would show as an error.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
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

  @BeforeEach
  void load() {
    browser.get(origin + "/");
    waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  static JsonNode api(String path) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(origin + path)).build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  /** Events the map shows: single markers plus the counts on cluster icons. */
  static int markerTotal() {
    // One script, so the count is a snapshot: the cluster layer redraws icons while it animates.
    return ((Number) js("let n = document.querySelectorAll('#map .event-marker').length;"
        + "for (const c of document.querySelectorAll('#map .event-cluster')) {"
        + "  n += parseInt(c.textContent.trim(), 10) || 0; }"
        + "return n;")).intValue();
  }

  /** Events drawn inside Iraq's bounding box on the basemap: single markers plus cluster counts. */
  static int eventsInsideIraq() {
    @SuppressWarnings("unchecked")
    Map<String, Number> iraq = (Map<String, Number>) js(
        "const r = document.querySelector('#map path.c368').getBoundingClientRect();"
            + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};");
    return ((Number) js("const b = arguments[0]; let n = 0;"
        + "for (const icon of document.querySelectorAll('#map .event-marker, #map .event-cluster')) {"
        + "  const r = icon.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;"
        + "  if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) {"
        + "    n += icon.classList.contains('event-cluster') ? (parseInt(icon.textContent.trim(), 10) || 0) : 1; } }"
        + "return n;", iraq)).intValue();
  }

  static List<WebElement> listed() {
    return browser.findElements(By.cssSelector("#events li"));
  }

  @Test
  void mapShowsTheReferenceEventsInIraq() throws Exception {
    int located = 0;
    for (JsonNode e : api("/api/events?limit=500").get("events")) {
      located += e.at("/location/lat").isNumber() ? 1 : 0;
    }
    int iraqi = api("/api/events?country=IRQ&limit=500").get("total").asInt();
    assertThat(iraqi).isGreaterThanOrEqualTo(10);
    int expected = located;
    waiting().until(d -> markerTotal() == expected ? true : null);
    assertThat(listed()).hasSize(api("/api/events?limit=500").get("total").asInt());
    // Markers and clusters drawn inside Iraq's shape on the basemap hold at least Iraq's events.
    // Cluster icons glide for a moment after each zoom, so the count is read until it holds.
    int[] inside = {0};
    try {
      waiting().until(d -> (inside[0] = eventsInsideIraq()) >= iraqi ? true : null);
    } catch (TimeoutException e) {
      // the assertion below reports the last count
    }
    assertThat(inside[0]).as("events drawn inside Iraq").isGreaterThanOrEqualTo(iraqi);
    assertThat(browser.findElement(By.tagName("footer")).getText()).contains("GeoNames").contains("Natural Earth");
  }

  @Test
  void filteringByTypeChangesMarkersAndList() throws Exception {
    int before = markerTotal();
    new Select(browser.findElement(By.id("f-type"))).selectByValue("COERCE");
    int coerce = api("/api/events?type=COERCE").get("total").asInt();
    assertThat(coerce).isPositive().isLessThan(before);
    waiting().until(d -> listed().size() == coerce);
    waiting().until(d -> markerTotal() == coerce);
    assertThat(listed()).allMatch(li -> "COERCE".equals(li.getDomAttribute("data-type")));
    // Open clusters until single markers show, and click one: its event opens.
    for (int i = 0; i < 8 && browser.findElements(By.cssSelector("#map .event-marker")).isEmpty(); i++) {
      js("document.querySelector('#map .leaflet-control-zoom-in').click()");
      Thread.sleep(400); // the zoom animation
    }
    WebElement marker = browser.findElement(By.cssSelector("#map .event-marker"));
    String id = marker.getDomAttribute("data-id");
    marker.click();
    waiting().until(d -> id.equals(d.findElement(By.id("event-view")).getDomAttribute("data-id")));
    assertThat(browser.findElement(By.id("event-title")).getText()).contains("COERCE");
  }

  @Test
  void brushingTheTimelineFiltersByDate() throws Exception {
    int before = listed().size();
    WebElement timeline = browser.findElement(By.id("timeline-svg"));
    int w = timeline.getRect().getWidth();
    // Drag over the last fifth: December 2015, leaving out the April event (Tikrit).
    new Actions(browser).moveToElement(timeline, w / 2 - w / 5, 0).clickAndHold()
        .moveByOffset(w / 5 - 2, 0).release().perform();
    waiting().until(d -> listed().size() < before);
    assertThat(listed()).extracting(li -> li.findElement(By.className("event-date")).getText())
        .allMatch(d -> d.startsWith("2015-12"));
    assertThat(browser.findElement(By.id("timeline-range")).getText()).contains("2015-12");
    new Actions(browser).doubleClick(timeline).perform();
    waiting().until(d -> listed().size() == before);
  }

  @Test
  void anEventShowsItsEvidenceClaimSourcesAndContradiction() throws Exception {
    WebElement raid = listed().stream()
        .filter(li -> li.findElement(By.className("event-trigger")).getText().equals("assault"))
        .findFirst().orElseThrow();
    raid.click();
    waiting().until(d -> d.findElement(By.id("event-view")).isDisplayed()
        && !d.findElements(By.cssSelector("#article-text mark.ev-sentence")).isEmpty());
    String sentence = String.join("", browser.findElements(By.cssSelector("#article-text mark.ev-sentence"))
        .stream().map(WebElement::getText).toList());
    assertThat(sentence).startsWith("Security officials in northern Iraq said Saturday")
        .contains("in a town called Al Riyadh");
    assertThat(browser.findElement(By.cssSelector("#article-text mark.ev-trigger")).getText()).isEqualTo("assault");
    assertThat(browser.findElements(By.cssSelector("#claims td.claim-source"))).extracting(WebElement::getText)
        .anyMatch(s -> s.startsWith("Security officials in northern Iraq"));
    assertThat(browser.findElement(By.id("event-flags")).getText()).contains("contradicted");
    assertThat(browser.findElement(By.id("contradictions")).getText()).contains("Two US defense officials");
    Path shot = Path.of("target", "page.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void markupInDataIsShownAsTextAndRunsNothing() throws Exception {
    WebElement arrest = listed().stream()
        .filter(li -> li.findElement(By.className("event-trigger")).getText().equals("arrested"))
        .findFirst().orElseThrow();
    arrest.click();
    waiting().until(d -> d.findElement(By.id("article-text")).getText().contains("onerror"));
    assertThat(browser.findElement(By.id("article-text")).getText()).contains("<script>window.__pwned = 1</script>");
    assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo(SeedStore.HOSTILE_TITLE);
    browser.findElement(By.id("q")).sendKeys("forum");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("#articles li[data-id='hostile']")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("#articles li[data-id='hostile']")).getText()).contains("<b>Hostile</b>");
    assertThat(browser.findElements(By.cssSelector("#article-text img, #article-text script, #article-title b, #articles b, #events img")))
        .isEmpty();
    assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
  }

  @Test
  void thePageAsksNothingOutsideTheServer() {
    @SuppressWarnings("unchecked")
    List<String> fetched = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(fetched).isNotEmpty().allMatch(u -> u.startsWith(origin + "/"));
    assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
  }

  @Test
  void countryShapesAcrossTheDateLineStayWhole() {
    // Russia and Fiji are stitched across the antimeridian by topojson; after unwrapping, no ring
    // jumps by more than half the world and none spans half of it, so no stripe crosses the map.
    @SuppressWarnings("unchecked")
    Map<String, Number> spans = (Map<String, Number>) ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "Promise.all([import('/js/map.js'), fetch('/vendor/world-atlas/countries-50m.json').then(r => r.json())])"
            + ".then(([m, topo]) => {"
            + "  const out = {};"
            + "  for (const f of topojson.feature(topo, topo.objects.countries).features) {"
            + "    if (!['643', '242'].includes(f.id)) continue;"
            + "    const g = m.unwrapGeometry(f.geometry);"
            + "    let span = 0, jump = 0;"
            + "    for (const poly of g.coordinates) for (const ring of poly) {"
            + "      const lons = ring.map(p => p[0]);"
            + "      span = Math.max(span, Math.max(...lons) - Math.min(...lons));"
            + "      for (let i = 1; i < lons.length; i++) jump = Math.max(jump, Math.abs(lons[i] - lons[i - 1]));"
            + "    }"
            + "    out['span' + f.id] = span; out['jump' + f.id] = jump;"
            + "  }"
            + "  done(out);"
            + "});");
    assertThat(spans.get("jump643").doubleValue()).isLessThan(180);
    assertThat(spans.get("jump242").doubleValue()).isLessThan(180);
    assertThat(spans.get("span643").doubleValue()).isLessThan(180);
    assertThat(spans.get("span242").doubleValue()).isLessThan(20);
  }
}
