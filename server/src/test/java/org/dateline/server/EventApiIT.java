package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event API over real HTTP on a random loopback port, over a store the real pipeline filled
 * with the reference article (and a hostile one).
 */
class EventApiIT {
  static ArticleStore store;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    store = ArticleStore.open(SeedStore.file().toString());
    app = new DatelineServer(new ServerConfig("127.0.0.1", 0, null, 100_000), store, null).create().start();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  static List<String> field(JsonNode events, String pointer) {
    List<String> out = new ArrayList<>();
    events.forEach(e -> out.add(e.at(pointer).asText(null)));
    return out;
  }

  static JsonNode event(String trigger) throws Exception {
    for (JsonNode e : get("/api/events?article=seed&limit=500").get("events")) {
      if (e.get("trigger").asText().equals(trigger)) {
        return e;
      }
    }
    throw new AssertionError("no event triggered by " + trigger);
  }

  @Test
  void listsTheReferenceEventsInIraqWithCoordinatesAndIsoDates() throws Exception {
    JsonNode all = get("/api/events?limit=500");
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "seed-events.json"), all.toPrettyString());
    JsonNode iraq = get("/api/events?country=IRQ&limit=500");
    assertThat(iraq.get("total").asInt()).isGreaterThanOrEqualTo(4);
    for (JsonNode e : iraq.get("events")) {
      assertThat(e.at("/location/country").asText()).isEqualTo("IRQ");
      assertThat(e.at("/location/lat").asDouble()).isBetween(29.0, 37.5);
      assertThat(e.at("/location/lon").asDouble()).isBetween(38.5, 48.7);
      if (!e.get("date").isNull()) {
        assertThat(e.get("date").asText()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
      }
    }
    JsonNode raid = event("assault");
    assertThat(raid.at("/location/name").asText()).isIn("Al Riyadh", "Kirkuk", "Ar Riyāḑ");
    assertThat(raid.get("date").asText()).isEqualTo("2015-12-26");
    assertThat(raid.get("contradicted").asBoolean()).isTrue();
  }

  @Test
  void filtersNarrowTheList() throws Exception {
    int total = get("/api/events?limit=500").get("total").asInt();
    JsonNode assaults = get("/api/events?type=ASSAULT&limit=500");
    assertThat(assaults.get("total").asInt()).isPositive().isLessThan(total);
    assertThat(field(assaults.get("events"), "/type")).containsOnly("ASSAULT");
    JsonNode two = get("/api/events?type=ASSAULT,COERCE&limit=500");
    assertThat(field(two.get("events"), "/type")).contains("ASSAULT", "COERCE").containsOnly("ASSAULT", "COERCE");
    JsonNode negated = get("/api/events?status=negated");
    assertThat(field(negated.get("events"), "/status")).containsOnly("negated");
    JsonNode words = get("/api/events?q=" + URLEncoder.encode("Al Riyadh", StandardCharsets.UTF_8));
    assertThat(field(words.get("events"), "/sentence")).isNotEmpty().allMatch(s -> s.contains("Al Riyadh"));
    JsonNode april = get("/api/events?from=2015-04-01&to=2015-04-30");
    assertThat(field(april.get("events"), "/date")).isNotEmpty().allMatch(d -> d.startsWith("2015-04"));
    JsonNode kurds = get("/api/events?actor=KURMIL");
    assertThat(field(kurds.get("events"), "/trigger")).contains("assault");
    JsonNode boxed = get("/api/events?bbox=43,35,45,36.5&limit=500");
    for (JsonNode e : boxed.get("events")) {
      assertThat(e.at("/location/lat").asDouble()).isBetween(35.0, 36.5);
    }
    // A box across the date line (west > east) holds nothing in Iraq.
    assertThat(get("/api/events?bbox=170,-50,-170,50").get("total").asInt()).isZero();
    JsonNode page = get("/api/events?limit=2&offset=1&sort=oldest");
    assertThat(page.get("events")).hasSize(2);
    assertThat(page.get("total").asInt()).isEqualTo(total);
    assertThat(get("/api/events?minSources=2").get("total").asInt()).isZero();
    assertThat(get("/api/events?mode=aerial").get("events")).allMatch(e -> e.get("mode").asText().equals("aerial"));
  }

  @Test
  void anEventComesWithClaimsContradictionsAndEvidenceSpans() throws Exception {
    JsonNode raid = get("/api/events/" + URLEncoder.encode(event("assault").get("id").asText(), StandardCharsets.UTF_8));
    JsonNode text = get("/api/articles/seed/evidence");
    String article = text.get("text").asText();
    assertThat(raid.at("/claims/0/source").asText()).startsWith("Security officials in northern Iraq");
    assertThat(raid.at("/claims/0/outlet").asText()).isEqualTo("BBN");
    assertThat(raid.get("contradictions")).anySatisfy(c -> {
      assertThat(c.get("kind").asText()).isEqualTo("asserted_vs_denied");
      assertThat(c.at("/other/source").asText()).startsWith("Two US defense officials");
    });
    JsonNode sentence = null;
    JsonNode trigger = null;
    for (JsonNode s : raid.get("evidence")) {
      if (s.get("kind").asText().equals("sentence")) {
        sentence = s;
      } else if (s.get("kind").asText().equals("trigger")) {
        trigger = s;
      }
    }
    assertThat(article.substring(sentence.get("start").asInt(), sentence.get("end").asInt()))
        .startsWith("Security officials in northern Iraq said Saturday").contains("Al Riyadh");
    assertThat(article.substring(trigger.get("start").asInt(), trigger.get("end").asInt())).isEqualTo("assault");
    assertThat(text.get("evidence")).anySatisfy(s -> assertThat(s.get("event").asText()).isEqualTo(raid.get("id").asText()));
  }

  @Test
  void timelinePlacesActorsAndSearch() throws Exception {
    JsonNode days = get("/api/timeline?interval=day");
    assertThat(days.get("interval").asText()).isEqualTo("day");
    assertThat(field(days.get("buckets"), "/period")).contains("2015-12-26").allMatch(p -> p.matches("\\d{4}-\\d{2}-\\d{2}"));
    JsonNode weeks = get("/api/timeline?interval=week&type=ASSAULT");
    assertThat(field(weeks.get("buckets"), "/period")).contains("2015-12-21"); // the Monday
    weeks.get("buckets").forEach(b -> assertThat(b.get("counts").fieldNames()).toIterable().containsOnly("ASSAULT"));
    assertThat(get("/api/timeline?interval=auto").get("interval").asText()).isEqualTo("week"); // April to December
    JsonNode countries = get("/api/places?level=country");
    assertThat(countries.get("places")).anySatisfy(p -> {
      assertThat(p.get("country").asText()).isEqualTo("IRQ");
      assertThat(p.get("name").asText()).isEqualTo("Iraq");
    });
    JsonNode places = get("/api/places");
    assertThat(field(places.get("places"), "/name")).contains("Ramadi");
    JsonNode actors = get("/api/actors");
    assertThat(field(actors.get("actors"), "/code")).anyMatch(c -> c.startsWith("ISIS") || c.contains("IRQ"));
    JsonNode found = get("/api/search?q=Ramadi");
    assertThat(field(found.get("articles"), "/id")).containsExactly("seed");
    assertThat(field(found.get("events"), "/sentence")).allMatch(s -> s.contains("Ramadi"));
  }

  @Test
  void hostileMarkupIsDataNotMarkup() throws Exception {
    JsonNode text = get("/api/articles/hostile/evidence");
    assertThat(text.get("text").asText()).contains("<script>window.__pwned = 1</script>");
    assertThat(text.get("title").asText()).isEqualTo(SeedStore.HOSTILE_TITLE);
  }
}
