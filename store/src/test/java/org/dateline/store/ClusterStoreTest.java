package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dateline.core.claims.ClaimStatus;
import org.dateline.core.dedup.EventCluster;
import org.dateline.core.dedup.EventClusterer;
import org.dateline.core.dedup.EventSignature;
import org.dateline.core.dedup.Signatures;
import org.dateline.core.events.PloverType;
import org.dateline.core.model.CodedDocument;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-article deduplication in the store, on SQLite and (when {@code DATELINE_TEST_PG_URL} is
 * set) PostgreSQL: reports of one attack from two outlets form one cluster with two sources, an
 * unrelated event does not join it, a denial in another article is a cross-article contradiction,
 * recodes keep cluster ids and leave no stale member, the incremental store equals a batch run,
 * and re-putting the same input changes nothing.
 */
class ClusterStoreTest {
  @TempDir static Path dir;
  private static final LocalDate DAY = LocalDate.of(2015, 12, 26);

  static Stream<String> stores() {
    return TestStores.fresh(dir);
  }

  static CodedDocument reuters() {
    return StoreFixtures.report("r1", "Reuters", DAY,
            "Iraqi/JJ police/NNS attacked/VBD militants/NNS in/IN Kirkuk/NNP ,/, killing/VBG five/CD ./.")
        .at(StoreFixtures.KIRKUK).killed("five", 5).build();
  }

  static CodedDocument ap() {
    return StoreFixtures.report("p1", "AP", DAY,
            "Police/NNS attacked/VBD a/DT hideout/NN of/IN militants/NNS in/IN Kirkuk/NNP ,/, killing/VBG five/CD ./.")
        .at(StoreFixtures.KIRKUK).killed("five", 5).build();
  }

  static CodedDocument protest() {
    return StoreFixtures.report("f1", "AFP", DAY, "Thousands/NNS protested/VBD in/IN Mosul/NNP over/IN power/NN cuts/NNS ./.")
        .event("protested", PloverType.PROTEST, "141").at(StoreFixtures.MOSUL).build();
  }

  static CodedDocument denial() {
    return StoreFixtures.report("b1", "BBC", DAY,
            "Iraqi/JJ police/NNS did/VBD not/RB attack/VB militants/NNS in/IN Kirkuk/NNP ,/, officials/NNS said/VBD ./.")
        .event("attack", PloverType.ASSAULT, "190").status(ClaimStatus.NEGATED).at(StoreFixtures.KIRKUK).build();
  }

  static CodedDocument otherCount() {
    return StoreFixtures.report("n1", "NDTV", DAY,
            "Iraqi/JJ police/NNS attacked/VBD militants/NNS in/IN Kirkuk/NNP ,/, killing/VBG two/CD of/IN them/PRP ./.")
        .at(StoreFixtures.KIRKUK).killed("two", 2).build();
  }

  private static String only(CodedDocument d) {
    return d.events().get(0).id();
  }

  private static StoredEvent event(ArticleStore store, String id) {
    return store.event(id).orElseThrow().event();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void twoOutletsReportingOneAttackFormOneClusterAndAnUnrelatedEventDoesNot(String where) {
    try (ArticleStore store = ArticleStore.open(where)) {
      store.put(reuters(), "{}", "v1");
      store.put(ap(), "{}", "v1");
      store.put(protest(), "{}", "v1");
      StoredEvent r = event(store, only(reuters()));
      StoredEvent p = event(store, only(ap()));
      StoredEvent f = event(store, only(protest()));
      assertThat(p.clusterId()).isEqualTo(r.clusterId()).isEqualTo("cluster:" + r.id());
      assertThat(r.sourceCount()).isEqualTo(2);
      assertThat(f.clusterId()).isNotEqualTo(r.clusterId());
      assertThat(f.sourceCount()).isEqualTo(1);
      assertThat(store.eventCount(EventQuery.builder().minSources(2).build())).isEqualTo(2);
      assertThat(store.events(EventQuery.builder().minSources(2).build())).extracting(StoredEvent::articleId)
          .containsExactlyInAnyOrder("r1", "p1");

      EventDetail d = store.event(r.id()).orElseThrow();
      assertThat(d.clusterEvents()).containsExactly(p.id());
      StoredCluster k = d.cluster();
      assertThat(k.method()).isEqualTo("dedup");
      assertThat(k.eventCount()).isEqualTo(2);
      assertThat(k.articleCount()).isEqualTo(2);
      assertThat(k.sourceCount()).isEqualTo(2);
      assertThat(k.type()).isEqualTo("ASSAULT");
      assertThat(k.countryIso3()).isEqualTo("IRQ");
      assertThat(k.placeRef()).isEqualTo("geonames:94787");
      assertThat(k.placeName()).isEqualTo("Kirkuk");
      assertThat(k.lat()).isEqualTo(StoreFixtures.KIRKUK.lat());
      assertThat(k.dateValue()).isEqualTo("2015-12-26");
      assertThat(k.datePrecision()).isEqualTo("day");
      assertThat(k.actors()).containsExactly("IRQCOP", "REB");
      assertThat(k.disagreements()).isEmpty();
      assertThat(store.clusterMembers(k.id())).containsExactly(r.id(), p.id());
      assertThat(store.contradictionCount(EventQuery.builder().build())).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("stores")
  void aDenialOrAnotherCountInAnotherArticleIsACrossArticleContradiction(String where) {
    try (ArticleStore store = ArticleStore.open(where)) {
      store.put(reuters(), "{}", "v1");
      store.put(denial(), "{}", "v1");
      store.put(otherCount(), "{}", "v1");
      String r = only(reuters());
      String b = only(denial());
      String n = only(otherCount());
      assertThat(event(store, b).clusterId()).isEqualTo(event(store, r).clusterId());
      assertThat(event(store, n).clusterId()).isEqualTo(event(store, r).clusterId());
      assertThat(event(store, r).sourceCount()).isEqualTo(3);

      List<StoredContradiction> all = store.contradictions(EventQuery.builder().build());
      assertThat(all).allSatisfy(x -> {
        assertThat(x.scope()).isEqualTo(StoredContradiction.CLUSTER);
        assertThat(x.clusterId()).isEqualTo(event(store, r).clusterId());
      });
      assertThat(all).extracting(StoredContradiction::kind, StoredContradiction::firstEvent, StoredContradiction::secondEvent)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("asserted_vs_denied", r, b),
              org.assertj.core.groups.Tuple.tuple("asserted_vs_denied", b, n),
              org.assertj.core.groups.Tuple.tuple("count", r, n));
      StoredContradiction count = all.stream().filter(x -> x.kind().equals("count")).findFirst().orElseThrow();
      assertThat(count.explanation()).isEqualTo("killed: Reuters gives 5, NDTV gives 2");
      StoredContradiction denied = all.stream().filter(x -> x.secondEvent().equals(b)).findFirst().orElseThrow();
      assertThat(denied.explanation()).isEqualTo("asserted by Reuters vs denied by BBC");
      assertThat(store.event(r).orElseThrow().contradictions()).hasSize(2);

      // BBC's story is recoded into one about a protest: its contradictions go with its event
      CodedDocument recoded = StoreFixtures.report("b1", "BBC", DAY, "Thousands/NNS protested/VBD in/IN Mosul/NNP ./.")
          .event("protested", PloverType.PROTEST, "141").at(StoreFixtures.MOSUL).build();
      assertThat(store.put(recoded, "{}", "v2")).isEqualTo(ArticleStore.Outcome.RECODED);
      assertThat(store.contradictions(EventQuery.builder().build())).singleElement()
          .satisfies(x -> assertThat(x.kind()).isEqualTo("count"));
      assertThat(event(store, r).sourceCount()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @MethodSource("stores")
  void recodeKeepsClusterIdsAndLeavesNoStaleMember(String where) {
    try (ArticleStore store = ArticleStore.open(where)) {
      store.put(reuters(), "{}", "v1");
      store.put(ap(), "{}", "v1");
      String k = event(store, only(reuters())).clusterId();
      // the first member's article is recoded (same events): it leaves and rejoins the same cluster
      assertThat(store.put(reuters(), "{}", "v2")).isEqualTo(ArticleStore.Outcome.RECODED);
      assertThat(event(store, only(reuters())).clusterId()).isEqualTo(k);
      assertThat(store.clusterMembers(k)).containsExactlyInAnyOrder(only(reuters()), only(ap()));
      assertThat(store.cluster(k).orElseThrow().sourceCount()).isEqualTo(2);

      // Reuters now codes a protest: the cluster keeps its id with AP alone
      CodedDocument protestNow = StoreFixtures.report("r1", "Reuters", DAY, "Thousands/NNS protested/VBD in/IN Mosul/NNP ./.")
          .event("protested", PloverType.PROTEST, "141").at(StoreFixtures.MOSUL).build();
      store.put(protestNow, "{}", "v3");
      assertThat(store.clusterMembers(k)).containsExactly(only(ap()));
      assertThat(store.cluster(k).orElseThrow().sourceCount()).isEqualTo(1);
      assertThat(store.event(only(reuters()))).isEmpty();

      // AP recoded too: its event, alone in the cluster, leaves; the emptied cluster is deleted,
      // and the event's new cluster takes a free id
      CodedDocument apMoved = StoreFixtures.report("p1", "AP", DAY, "Thousands/NNS protested/VBD in/IN Basra/NNP ./.")
          .event("protested", PloverType.PROTEST, "141").build();
      store.put(apMoved, "{}", "v3");
      assertThat(store.cluster(k)).isEmpty();
      assertThat(store.eventCount(EventQuery.builder().build())).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @MethodSource("stores")
  void incrementalStoreEqualsABatchRunAndRePutChangesNothing(String where) {
    List<CodedDocument> docs = List.of(reuters(), protest(), ap(), denial(), otherCount(),
        StoreFixtures.report("f2", "AFP", DAY.plusDays(1), "Protesters/NNS protested/VBD in/IN Mosul/NNP again/RB ./.")
            .event("protested", PloverType.PROTEST, "141").at(StoreFixtures.MOSUL).build(),
        StoreFixtures.report("x1", "Xinhua", DAY.plusDays(40), "Police/NNS attacked/VBD militants/NNS in/IN Kirkuk/NNP ./.")
            .at(StoreFixtures.KIRKUK).build());
    try (ArticleStore store = ArticleStore.open(where)) {
      for (CodedDocument d : docs) {
        store.put(d, "{}", "v1");
      }
      List<EventSignature> ordered = new ArrayList<>();
      docs.forEach(d -> ordered.addAll(Signatures.of(d)));
      Set<Set<String>> batch = new HashSet<>();
      for (EventCluster c : new EventClusterer().cluster(ordered)) {
        Set<String> ids = new TreeSet<>();
        c.members().forEach(m -> ids.add(m.eventId()));
        batch.add(ids);
      }
      Map<String, Set<String>> stored = new LinkedHashMap<>();
      store.eachEvent(EventQuery.builder().build(),
          e -> stored.computeIfAbsent(e.clusterId(), k -> new TreeSet<>()).add(e.id()));
      assertThat(new HashSet<>(stored.values())).isEqualTo(batch);
      assertThat(batch).hasSizeBetween(3, docs.size() - 2); // some joined, not everything

      List<String> before = snapshot(store);
      for (CodedDocument d : docs) {
        assertThat(store.put(d, "{}", "v1")).isEqualTo(ArticleStore.Outcome.UNCHANGED);
      }
      assertThat(snapshot(store)).isEqualTo(before);
    }
  }

  private static List<String> snapshot(ArticleStore store) {
    List<String> out = new ArrayList<>();
    store.eachEvent(EventQuery.builder().sort(EventQuery.Sort.OLDEST).build(), e -> {
      StoredCluster k = store.cluster(e.clusterId()).orElseThrow();
      out.add(e.id() + " " + k + " " + store.clusterMembers(k.id()));
    });
    store.contradictions(EventQuery.builder().build()).forEach(x -> out.add(x.toString()));
    return out;
  }

  /** A V2 store with a singleton cluster and an in-article contradiction migrates, then re-clusters on recode. */
  @Test
  void aVersion2StoreMigratesAndItsSingletonsAreReclusteredOnRecode() throws Exception {
    String file = dir.resolve("v2.db").toString();
    String url = "jdbc:sqlite:" + file;
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("2").load().migrate();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO articles (id, content_hash, origin, source, text, record, pipeline_version, coded_at)"
          + " VALUES ('old', 'h', 'old.txt', 'Reuters', 'Police attacked militants. Officials denied it.', '{}', 'v0', 'now')");
      for (String id : List.of("old:e0", "old:e1")) {
        s.execute("INSERT INTO events (id, article_id, ordinal, sentence, cameo, trigger_start, trigger_end, trigger_text,"
            + " location_reason, modality, negated, evidence_text, evidence_start, evidence_end) VALUES ('" + id
            + "', 'old', 0, 0, '190', 7, 15, 'attacked', 'none', 'asserted', false, 'Police attacked militants.', 0, 26)");
        s.execute("INSERT INTO event_clusters (id, method, event_count, source_count, updated_at) VALUES ('" + id
            + "', 'singleton', 1, 1, 'now')");
        s.execute("INSERT INTO cluster_members (event_id, cluster_id) VALUES ('" + id + "', '" + id + "')");
      }
      s.execute("INSERT INTO contradictions (article_id, ordinal, kind, first_event, second_event, explanation)"
          + " VALUES ('old', 0, 'asserted_vs_denied', 'old:e0', 'old:e1', 'asserted by Reuters vs denied by Officials')");
    }
    try (ArticleStore store = ArticleStore.open(file)) {
      assertThat(store.contradictions(EventQuery.builder().build())).singleElement()
          .satisfies(x -> assertThat(x.scope()).isEqualTo("article"));
      StoredCluster old = store.event("old:e0").orElseThrow().cluster();
      assertThat(old.method()).isEqualTo("singleton");
      assertThat(old.articleCount()).isEqualTo(1);
      // new events do not see signature-less singletons
      store.put(reuters(), "{}", "v1");
      assertThat(event(store, only(reuters())).sourceCount()).isEqualTo(1);
      // recoding the old article replaces its singletons with clustered events
      CodedDocument recoded = StoreFixtures.report("old", "Reuters", DAY,
              "Police/NNS attacked/VBD militants/NNS in/IN Kirkuk/NNP ,/, killing/VBG five/CD ./.")
          .at(StoreFixtures.KIRKUK).killed("five", 5).build();
      store.put(recoded, "{}", "v1");
      assertThat(store.cluster("old:e0")).isEmpty();
      assertThat(store.contradictions(EventQuery.builder().build())).isEmpty();
      assertThat(event(store, only(recoded)).clusterId()).isEqualTo(event(store, only(reuters())).clusterId());
    }
  }
}
