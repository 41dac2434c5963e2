package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.store.ArticleStore;
import org.dateline.store.EventDetail;
import org.dateline.store.EventQuery;
import org.dateline.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deduplication through the real pipeline: two outlets' short reports of one checkpoint attack
 * in Kirkuk, coded by {@code dateline code --store}, land in one cluster with two sources; a
 * protest in Basra reported the same day stays apart; coding the same input again changes nothing.
 */
class StoreClustersIT {
  @TempDir Path dir;

  private static final String ARTICLES = String.join("\n",
      "{\"id\":\"rtr-1\",\"source\":\"Reuters\",\"published\":\"2016-03-05\","
          + "\"title\":\"Militants attack police checkpoint in Kirkuk\","
          + "\"text\":\"Islamic State militants attacked a police checkpoint in Kirkuk on Friday, killing five policemen,"
          + " security officials said. The attackers fled south after the assault.\"}",
      "{\"id\":\"ap-1\",\"source\":\"AP\",\"published\":\"2016-03-05\","
          + "\"title\":\"Islamic State fighters attack checkpoint in Kirkuk\","
          + "\"text\":\"Islamic State fighters attacked a police checkpoint in Kirkuk on Friday, killing two policemen,"
          + " a police officer said.\"}",
      "{\"id\":\"afp-1\",\"source\":\"AFP\",\"published\":\"2016-03-05\","
          + "\"title\":\"Thousands protest power cuts in Basra\","
          + "\"text\":\"Thousands of people protested in Basra on Friday over power cuts, witnesses said.\"}",
      "");

  private static void run(String... args) {
    CliRun r = CliRun.run(args);
    if (r.status() != 0) {
      throw new AssertionError("dateline " + String.join(" ", args) + " failed: " + r.err());
    }
  }

  @Test
  void twoOutletsReportsOfOneAttackAreOneClusterAndAProtestIsNot() throws Exception {
    Path in = dir.resolve("news.jsonl");
    Files.writeString(in, ARTICLES);
    Path db = dir.resolve("news.db");
    String[] code = {"code", in.toString(), "--store", db.toString(), "--annotators",
        "tokenize,ssplit,pos,lemma,ner,depparse", "--out", dir.resolve("out.jsonl").toString()};
    run(code);
    try (ArticleStore store = ArticleStore.open(db.toString())) {
      StoredEvent rtr = attack(store, "rtr-1");
      StoredEvent ap = attack(store, "ap-1");
      assertThat(ap.clusterId()).isEqualTo(rtr.clusterId());
      assertThat(rtr.sourceCount()).isEqualTo(2);
      EventDetail d = store.event(rtr.id()).orElseThrow();
      assertThat(d.clusterEvents()).contains(ap.id());
      assertThat(d.cluster().type()).isEqualTo("ASSAULT");
      assertThat(d.cluster().articleCount()).isEqualTo(2);

      List<StoredEvent> protests = store.events(EventQuery.builder().articleId("afp-1").build());
      assertThat(protests).isNotEmpty().allSatisfy(e -> {
        assertThat(e.clusterId()).isNotEqualTo(rtr.clusterId());
        assertThat(e.sourceCount()).isEqualTo(1);
      });
      assertThat(store.events(EventQuery.builder().minSources(2).build()))
          .extracting(StoredEvent::articleId).contains("rtr-1", "ap-1").doesNotContain("afp-1");
    }
    List<String> before = snapshot(db);
    run(code);
    assertThat(snapshot(db)).isEqualTo(before);
  }

  private static StoredEvent attack(ArticleStore store, String article) {
    return store.events(EventQuery.builder().articleId(article).type("ASSAULT").build()).stream()
        .filter(e -> e.triggerText().startsWith("attack")).findFirst()
        .orElseThrow(() -> new AssertionError("no attack coded in " + article + ": "
            + store.events(EventQuery.builder().articleId(article).build())));
  }

  private static List<String> snapshot(Path db) {
    try (ArticleStore store = ArticleStore.open(db.toString())) {
      List<String> out = new java.util.ArrayList<>();
      store.eachEvent(EventQuery.builder().sort(EventQuery.Sort.OLDEST).build(),
          e -> out.add(e.id() + " " + e.clusterId() + " " + e.sourceCount()));
      store.contradictions(EventQuery.builder().build()).forEach(x -> out.add(x.toString()));
      return out;
    }
  }
}
