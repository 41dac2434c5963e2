package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.core.model.CodedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events in the store, on SQLite and (when {@code DATELINE_TEST_PG_URL} is set) PostgreSQL: the
 * V2 tables are filled in the article's transaction, re-runs change nothing, recodes replace, and
 * every filter of the read API selects what it says.
 */
class EventStoreTest {
  @TempDir static Path dir;

  static Stream<String> stores() {
    return TestStores.fresh(dir);
  }

  private static EventQuery.Builder all() {
    return EventQuery.builder();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void eventsClaimsPlacesAndContradictionsAreStoredWithTheArticle(String where) {
    try (ArticleStore store = ArticleStore.open(where)) {
      store.put(StoreFixtures.article("a1", "Reuters", LocalDate.of(2015, 12, 26), "190"), "{}", "v1");
      List<StoredEvent> events = store.events(all().sort(EventQuery.Sort.OLDEST).build());
      assertThat(events).hasSize(2);
      StoredEvent month = events.get(0);
      StoredEvent assault = events.get(1);
      assertThat(month.dateValue()).isEqualTo("2015-12");
      assertThat(month.dateFirst()).isEqualTo("2015-12-01");
      assertThat(assault.type()).isEqualTo("ASSAULT");
      assertThat(assault.rootCode()).isEqualTo("19");
      assertThat(assault.quadClass()).isEqualTo(4);
      assertThat(assault.goldstein()).isEqualTo(-10.0);
      assertThat(assault.placeName()).isEqualTo("Kirkuk");
      assertThat(assault.placeRef()).isEqualTo("geonames:94787");
      assertThat(assault.lat()).isEqualTo(35.46806);
      assertThat(assault.countryIso3()).isEqualTo("IRQ");
      assertThat(assault.countryIso2()).isEqualTo("IQ");
      assertThat(assault.status()).isEqualTo("asserted");
      assertThat(assault.claimSource()).isEqualTo("Reuters");
      assertThat(assault.sources()).extracting(StoredActor::code).containsExactly("IRQCOP");
      assertThat(assault.targets()).extracting(StoredActor::code).containsExactly("REB");
      assertThat(assault.evidence()).startsWith("Iraqi police attacked militants in Kirkuk");
      assertThat(assault.sourceCount()).isEqualTo(1);
      // the denial in the next sentence is a report of the same attack: one cluster, one source
      assertThat(assault.clusterId()).isEqualTo("cluster:" + assault.id()).isEqualTo(month.clusterId());
      assertThat(assault.articleSource()).isEqualTo("Reuters");

      EventDetail detail = store.event(assault.id()).orElseThrow();
      assertThat(detail.trigger().of(textOf(store, "a1"))).isEqualTo("attacked");
      assertThat(detail.locationSpan().of(textOf(store, "a1"))).isEqualTo("Kirkuk");
      assertThat(detail.quantities()).singleElement().satisfies(q -> assertThat(q.value()).isEqualTo(5L));
      assertThat(detail.contradictions()).singleElement()
          .satisfies(x -> assertThat(x.kind()).isEqualTo("asserted_vs_denied"));
      EventDetail deniedDetail = store.event(month.id()).orElseThrow();
      assertThat(deniedDetail.claim().status()).isEqualTo("negated");
      assertThat(deniedDetail.claim().cue()).isEqualTo("denied");
      assertThat(deniedDetail.claim().sourceSpan().of(textOf(store, "a1"))).isEqualTo("Officials");
      assertThat(store.event("no such event")).isEmpty();
      assertThat(store.contradictionCount(all().build())).isEqualTo(1);
    }
  }

  private static String textOf(ArticleStore store, String id) {
    return StoreFixtures.article(id, "Reuters", LocalDate.of(2015, 12, 26), "190").article().text();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void rerunChangesNothingAndRecodeReplacesTheArticlesRows(String where) {
    try (ArticleStore store = ArticleStore.open(where)) {
      CodedDocument d = StoreFixtures.article("a1", "Reuters", LocalDate.of(2015, 12, 26), "190");
      store.put(d, "{}", "v1");
      store.put(StoreFixtures.article("b2", "AP", LocalDate.of(2015, 12, 27), "190"), "{}", "v1");
      assertThat(store.put(d, "{}", "v1")).isEqualTo(ArticleStore.Outcome.UNCHANGED);
      assertThat(store.eventCount(all().build())).isEqualTo(4);
      // a dictionary change recodes the first event as a CAMEO 18 assault
      CodedDocument recoded = StoreFixtures.article("a1", "Reuters", LocalDate.of(2015, 12, 26), "180");
      assertThat(store.put(recoded, "{}", "v2")).isEqualTo(ArticleStore.Outcome.RECODED);
      assertThat(store.eventCount(all().build())).isEqualTo(4);
      assertThat(store.eventCount(all().articleId("a1").build())).isEqualTo(2);
      assertThat(store.events(all().articleId("a1").build())).extracting(StoredEvent::cameo)
          .containsExactlyInAnyOrder("180", "190");
      // each article's own contradiction, and across them each of AP's reports against the first
      // of Reuters' it contradicts: AP's attack against Reuters' denial, AP's denial against Reuters' attack
      assertThat(store.contradictions(all().build())).extracting(StoredContradiction::scope)
          .containsExactlyInAnyOrder("article", "article", "cluster", "cluster");
      assertThat(store.codingCount("a1")).isEqualTo(2);
      assertThat(store.countByType(all().build())).singleElement()
          .satisfies(c -> assertThat(c.events()).isEqualTo(4));
    }
  }

  @ParameterizedTest
  @MethodSource("stores")
  void filtersSelectWhatTheySay(String where) {
    try (ArticleStore store = ArticleStore.open(where)) {
      store.put(StoreFixtures.article("a1", "Reuters", LocalDate.of(2015, 12, 26), "190"), "{}", "v1");
      store.put(StoreFixtures.article("b2", "AP", LocalDate.of(2016, 1, 3), "173"), "{}", "v1");
      assertThat(store.eventCount(all().type("assault").build())).isEqualTo(4);
      assertThat(store.eventCount(all().type("PROTEST").build())).isZero();
      assertThat(store.eventCount(all().country("IRQ").build())).isEqualTo(2);
      assertThat(store.eventCount(all().country("iq").build())).isEqualTo(2);
      assertThat(store.eventCount(all().place("kirkuk").build())).isEqualTo(2);
      assertThat(store.eventCount(all().place("geonames:94787").build())).isEqualTo(2);
      assertThat(store.eventCount(all().actor("IRQ").build())).isEqualTo(2);
      assertThat(store.eventCount(all().actor("police").build())).isEqualTo(2);
      assertThat(store.eventCount(all().actor("%").build())).isZero();
      assertThat(store.eventCount(all().status("negated").build())).isEqualTo(2);
      // day range: the month-precision denial of December matches any December day
      assertThat(store.eventCount(all().from(LocalDate.of(2015, 12, 2)).to(LocalDate.of(2015, 12, 3)).build())).isEqualTo(1);
      assertThat(store.eventCount(all().from(LocalDate.of(2016, 1, 1)).build())).isEqualTo(2);
      assertThat(store.eventCount(all().text("KILLING five").build())).isEqualTo(2);
      assertThat(store.eventCount(all().text("'; DROP TABLE events; --").build())).isZero();
      assertThat(store.eventCount(all().bbox(EventQuery.BoundingBox.parse("44,35,45,36")).build())).isEqualTo(2);
      assertThat(store.eventCount(all().bbox(EventQuery.BoundingBox.parse("-10,35,10,36")).build())).isZero();
      // AP's January denial (month precision, a week's slack) reaches back to Reuters' December
      // report; AP's attack of 3 January does not: three events are reported by two outlets
      assertThat(store.eventCount(all().minSources(2).build())).isEqualTo(3);
      assertThat(store.eventCount(all().minSources(3).build())).isZero();
      assertThat(store.events(all().limit(1).offset(0).build())).extracting(StoredEvent::articleId).containsExactly("b2");
      assertThat(store.events(all().sort(EventQuery.Sort.OLDEST).limit(1).build()))
          .extracting(StoredEvent::dateValue).containsExactly("2015-12");
      assertThat(store.timeline(all().build(), Listings.Bucket.DAY))
          .extracting(Listings.TimelineCount::period).containsExactly("2015-12-01", "2015-12-26", "2016-01-01", "2016-01-03");
      assertThat(store.timeline(all().build(), Listings.Bucket.WEEK))
          .extracting(Listings.TimelineCount::period).containsExactly("2015-11-30", "2015-12-21", "2015-12-28");
      assertThat(store.eventPlaces(all().build())).singleElement()
          .satisfies(p -> assertThat(p.events()).isEqualTo(2));
      assertThat(store.eventActors(all().build())).extracting(Listings.ActorCount::code).containsExactly("IRQCOP", "REB");
      assertThat(store.countByCountry(all().build())).extracting(Listings.Count::events).containsExactly(2L, 2L);
      List<String> streamed = new ArrayList<>();
      assertThat(store.eachEvent(all().limit(1).build(), e -> streamed.add(e.id()))).isEqualTo(4);
      assertThat(streamed).hasSize(4);
    }
  }

  @Test
  void badFiltersAreRefusedWithTheFix() {
    assertThatThrownBy(() -> all().status("rumoured").build()).hasMessageContaining("use one of asserted");
    assertThatThrownBy(() -> all().country("Iraq").build()).hasMessageContaining("ISO 3166");
    assertThatThrownBy(() -> all().from(LocalDate.of(2016, 1, 2)).to(LocalDate.of(2016, 1, 1)).build())
        .hasMessageContaining("is after");
    assertThatThrownBy(() -> all().limit(501).build()).hasMessageContaining("limit");
    assertThatThrownBy(() -> EventQuery.BoundingBox.parse("1,2,3")).hasMessageContaining("west,south,east,north");
    assertThatThrownBy(() -> EventQuery.BoundingBox.parse("0,50,10,40")).hasMessageContaining("bad bounding box");
  }

  @Test
  void cameoRootsQuadClassesAndGoldsteinScores() {
    assertThat(Cameo.root("0874")).isEqualTo("08");
    assertThat(Cameo.quadClass("051")).isEqualTo(1);
    assertThat(Cameo.quadClass("061")).isEqualTo(2);
    assertThat(Cameo.quadClass("112")).isEqualTo(3);
    assertThat(Cameo.quadClass("145")).isEqualTo(3);
    assertThat(Cameo.quadClass("150")).isEqualTo(4);
    assertThat(Cameo.goldstein("070")).isEqualTo(7.0);
    assertThat(Cameo.goldstein("2001")).isEqualTo(-10.0);
    assertThat(Cameo.root("21")).isNull();
    assertThat(Cameo.goldstein("---")).isNull();
  }
}
