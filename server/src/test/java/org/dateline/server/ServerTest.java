package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

/** The API over real HTTP on a random loopback port, over a store filled by the real pipeline. */
class ServerTest {
  @TempDir static Path dir;
  static ArticleStore store;
  static StorePool readers;
  static Javalin app;
  static final String TOKEN = "test-token-0123456789";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  static DatelinePipeline pipeline;

  @BeforeAll
  static void start() {
    store = ArticleStore.open(dir.resolve("s.db").toString());
    pipeline = new DatelinePipeline(new CoreNlpAnnotator(NlpConfig.parse("tokenize,ssplit", NlpConfig.CorefAlgorithm.FASTNEURAL)));
    DocumentJson json = new DocumentJson();
    Ingestor ingestor = a -> {
      CodedDocument d = pipeline.code(a);
      return store.put(d, json.toJsonLine(d), "test").name().toLowerCase();
    };
    String text = "KIRKUK, Iraq (Reuters) - Police said two people died in Kirkuk.";
    ingestor.ingest(new Article("kirkuk-1", "t", text, "Kirkuk blast", null, "Wire", java.time.LocalDate.of(2015, 12, 26),
        new org.dateline.core.ingest.DatelineParser().parse(text, null).orElseThrow(), Map.of()));
    ingestor.ingest(new Article("evil", "t", "<script>alert(1)</script><img src=x onerror=alert(2)> was posted in Mosul.", "<b>bold</b>", null, "Other", java.time.LocalDate.of(2016, 1, 2), null, Map.of()));
    // As `dateline serve` runs it: requests read through a pool, the ingestor writes through its own store.
    readers = StorePool.open(dir.resolve("s.db").toString(), 2);
    app = new DatelineServer(new ServerConfig("127.0.0.1", 0, TOKEN, 100_000), readers, ingestor).create().start();
  }

  @AfterAll
  static void stop() {
    app.stop();
    readers.close();
    store.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listsFiltersAndPages() throws Exception {
    JsonNode all = JSON.readTree(get("/api/articles?to=2016-01-03").body());
    assertThat(all.get("articles")).hasSize(2);
    assertThat(all.at("/articles/0/id").asText()).isEqualTo("evil"); // newest first
    JsonNode wire = JSON.readTree(get("/api/articles?source=Wire").body());
    assertThat(wire.get("articles")).extracting(n -> n.get("id").asText()).containsExactly("kirkuk-1");
    JsonNode dated = JSON.readTree(get("/api/articles?from=2015-12-01&to=2015-12-31").body());
    assertThat(dated.get("articles")).hasSize(1);
    JsonNode found = JSON.readTree(get("/api/articles?q=" + URLEncoder.encode("Kirkuk police", StandardCharsets.UTF_8)).body());
    assertThat(found.get("articles")).extracting(n -> n.get("id").asText()).containsExactly("kirkuk-1");
    assertThat(JSON.readTree(get("/api/articles?limit=1&offset=1").body()).get("articles")).hasSize(1);
  }

  @Test
  void returnsTheRecordWithEvidenceOffsets() throws Exception {
    HttpResponse<String> r = get("/api/articles/kirkuk-1");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode rec = JSON.readTree(r.body());
    assertThat(rec.get("schema").asText()).isEqualTo("dateline/1");
    assertThat(rec.at("/dateline/agency/text").asText()).isEqualTo("Reuters");
    JsonNode tok = rec.at("/sentences/0/tokens/0");
    assertThat(rec.get("text").asText().substring(tok.get("start").asInt(), tok.get("end").asInt())).isEqualTo("Police");
  }

  @Test
  void badRequestsGetJsonErrors() throws Exception {
    HttpResponse<String> bad = get("/api/articles?limit=100000");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("error").asText()).contains("limit must be between");
    assertThat(get("/api/articles?from=yesterday").statusCode()).isEqualTo(400);
    assertThat(get("/api/articles/no-such-id").statusCode()).isEqualTo(404);
    assertThat(get("/api/nothing-here").statusCode()).isEqualTo(404);
    String injection = URLEncoder.encode("x' OR '1'='1", StandardCharsets.UTF_8);
    assertThat(JSON.readTree(get("/api/articles?source=" + injection).body()).get("articles")).isEmpty();
    assertThat(JSON.readTree(get("/api/articles?q=" + URLEncoder.encode("\" OR NEAR(", StandardCharsets.UTF_8)).body()).get("articles")).isEmpty();
  }

  @Test
  void eventFiltersAreValidated() throws Exception {
    assertThat(get("/api/events").statusCode()).isEqualTo(200);
    for (String bad : List.of("limit=0", "limit=501", "from=2015-13-01", "from=2016-01-02&to=2016-01-01",
        "status=rumoured", "country=Iraq", "bbox=1,2,3", "bbox=10,50,20,40", "sort=sideways", "minSources=-1",
        "offset=x")) {
      HttpResponse<String> r = get("/api/events?" + bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).get("error").asText()).as(bad).isNotBlank();
    }
    assertThat(get("/api/timeline?interval=fortnight").statusCode()).isEqualTo(400);
    assertThat(get("/api/places?level=planet").statusCode()).isEqualTo(400);
    assertThat(get("/api/search").statusCode()).isEqualTo(400);
    HttpResponse<String> missing = get("/api/events/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("error").asText()).contains("no event");
  }

  @Test
  void ingestNeedsTheToken() throws Exception {
    String line = "{\"id\":\"posted\",\"published\":\"2016-01-05\",\"text\":\"Rebels shelled the town of Daraa on Monday.\"}";
    assertThat(post("/api/articles", line, null).statusCode()).isEqualTo(401);
    assertThat(post("/api/articles", line, "wrong-token-0123456789").statusCode()).isEqualTo(401);
    HttpResponse<String> ok = post("/api/articles", line + "\n{broken\n", TOKEN);
    assertThat(ok.statusCode()).isEqualTo(207);
    JsonNode results = JSON.readTree(ok.body()).get("results");
    assertThat(results.at("/posted/status").asText()).isEqualTo("added");
    assertThat(results.at("/request:2/error").asText()).startsWith("invalid JSON");
    assertThat(get("/api/articles/posted").statusCode()).isEqualTo(200);
    assertThat(post("/api/articles", "x".repeat(200_000), TOKEN).statusCode()).isEqualTo(413);
  }

  @Test
  void ingestIsOffWithoutAToken() throws Exception {
    Javalin closed = new DatelineServer(new ServerConfig("127.0.0.1", 0, null, 100_000), store, null).create().start();
    try {
      HttpResponse<String> r = HTTP.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port() + "/api/articles")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(403);
    } finally {
      closed.stop();
    }
  }

  @Test
  void servesThePageAndTheOpenApiDescription() throws Exception {
    assertThat(get("/").body()).contains("<title>Dateline</title>");
    for (String js : List.of("app.js", "views.js", "map.js", "timeline.js", "api.js", "types.js")) {
      assertThat(get("/js/" + js).body()).as(js).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML")
          .doesNotContain("outerHTML").doesNotContain("document.write").doesNotContain("eval(");
    }
    assertThat(get("/js/views.js").body()).contains("textContent");
    JsonNode api = JSON.readTree(get("/api/openapi.json").body());
    assertThat(api.at("/paths/~1api~1articles/get/summary").asText()).contains("List");
    // Every route the server answers is described, and nothing else.
    assertThat(api.get("paths").fieldNames()).toIterable().containsExactlyInAnyOrder(
        "/api/health", "/api/events", "/api/events/{id}", "/api/timeline", "/api/places", "/api/actors",
        "/api/search", "/api/articles", "/api/articles/{id}", "/api/articles/{id}/evidence", "/api/openapi.json");
    for (String route : List.of("/api/events", "/api/timeline", "/api/places", "/api/actors", "/api/search",
        "/api/articles/kirkuk-1/evidence")) {
      assertThat(get(route + (route.equals("/api/search") ? "?q=Kirkuk" : "")).statusCode()).as(route).isEqualTo(200);
    }
  }

  @Test
  void badConfigurationIsRefused() {
    assertThatThrownBy(() -> new ServerConfig("127.0.0.1", 0, "short", 100_000)).hasMessageContaining("at least 16");
    assertThatThrownBy(() -> new ServerConfig("127.0.0.1", 70000, null, 100_000)).hasMessageContaining("port");
  }
}
