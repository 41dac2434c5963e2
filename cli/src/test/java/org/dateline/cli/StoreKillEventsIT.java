package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  private Process start(Path in, Path db) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = List.of(
        java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), DatelineCli.class.getName(),
        "code", in.toString(), "--store", db.toString(), "--annotators", "tokenize,ssplit,pos,lemma,depparse",
        "--date", "2015-12-26");
    return new ProcessBuilder(cmd).redirectError(dir.resolve("err.log").toFile()).start();
  }

  @Test
  void eventsAreNeitherLostNorDuplicatedAfterSigkill() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(in.resolve(String.format("a%04d.txt", i)),
          "KIRKUK, Iraq (Reuters) - Police arrested " + (i + 2) + " protesters in the square. Rebels attacked a checkpoint.");
    }
    Path db = dir.resolve("events.db");
    Process first = start(in, db);
    Set<String> reported = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        reported.add(line.split("\t")[1]);
        if (reported.size() == 8) {
          first.destroyForcibly();
          break;
        }
      }
    }
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(reported).as(Files.readString(dir.resolve("err.log"))).hasSize(8);

    Process second = start(in, db);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
      r.lines().forEach(lines::add);
    }
    assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).as(Files.readString(dir.resolve("err.log"))).isZero();
    assertThat(lines).hasSize(ARTICLES).noneMatch(l -> l.startsWith("recoded"));
    try (ArticleStore store = ArticleStore.open(db.toString())) {
      long total = 0;
      Set<String> clusters = new HashSet<>();
      for (int i = 0; i < ARTICLES; i++) {
        String id = String.format("a%04d", i);
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
}
