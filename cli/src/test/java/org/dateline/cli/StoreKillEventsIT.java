package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dateline.store.ArticleStore;
import org.dateline.store.EventQuery;
import org.dateline.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Like {@link StoreKillTest}, with the parser on so articles have events: after a SIGKILL mid-run
 * and a re-run, every article has exactly the events it was coded with, once, each in one cluster.
 */
class StoreKillEventsIT {
  @TempDir Path dir;
  private static final int ARTICLES = 30;

  @Test
  void eventsAreNeitherLostNorDuplicatedAfterSigkill() throws Exception {
    Path in = CodeProcess.articles(dir, ARTICLES,
        i -> "KIRKUK, Iraq (Reuters) - Police arrested " + (i + 2) + " protesters in the square. Rebels attacked a checkpoint.");
    Path db = dir.resolve("events.db");
    Process first = start(in, db);
    Set<String> reported = CodeProcess.killAfter(first, 8);
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(reported).as(CodeProcess.errorLog(dir)).hasSize(8);

    Process second = start(in, db);
    List<String> lines = CodeProcess.lines(second);
    assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).as(CodeProcess.errorLog(dir)).isZero();
    assertThat(lines).hasSize(ARTICLES).noneMatch(l -> l.startsWith("recoded"));
    try (ArticleStore store = ArticleStore.open(db.toString())) {
      long total = 0;
      Set<String> clusters = new HashSet<>();
      for (int i = 0; i < ARTICLES; i++) {
        String id = CodeProcess.id(i);
        String record = store.record(id).orElseThrow();
        int coded = new com.fasterxml.jackson.databind.ObjectMapper().readTree(record).get("events").size();
        List<StoredEvent> stored = store.events(EventQuery.builder().articleId(id).build());
        assertThat(stored).as(id).hasSize(coded);
        assertThat(stored).extracting(StoredEvent::id).doesNotHaveDuplicates();
        assertThat(stored).allSatisfy(e -> assertThat(e.clusterId()).isNotNull());
        stored.forEach(e -> clusters.add(e.clusterId()));
        total += coded;
      }
      // the articles are near copies, so their events cluster: every event is in exactly one
      List<String> members = new ArrayList<>();
      clusters.forEach(k -> members.addAll(store.clusterMembers(k)));
      assertThat(members).doesNotHaveDuplicates().hasSize((int) total);
      assertThat(total).isGreaterThanOrEqualTo(ARTICLES);
      assertThat(store.eventCount(EventQuery.builder().build())).isEqualTo(total);
    }
  }

  private Process start(Path in, Path db) throws IOException {
    return CodeProcess.start(dir, "-Xmx1g", "tokenize,ssplit,pos,lemma,depparse", in, db);
  }
}
