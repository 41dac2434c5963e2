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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real `dateline code --store` child process with SIGKILL mid-run, then re-runs it: no
 * article reported stored is lost, and nothing is stored twice.
 */
class StoreKillTest {
  @TempDir Path dir;
  private static final int ARTICLES = 400;

  private Process start(Path in, Path db) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        List.of(
            java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), DatelineCli.class.getName(),
            "code", in.toString(), "--store", db.toString(), "--annotators", "tokenize,ssplit", "--date", "2015-12-26");
    return new ProcessBuilder(cmd).redirectError(dir.resolve("err.log").toFile()).start();
  }

  @Test
  void sigkillMidRunLosesNothingReportedAndRerunDuplicatesNothing() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(
          in.resolve(String.format("a%04d.txt", i)),
          "KIRKUK, Iraq (Reuters) - Article " + i + ": police said " + i + " people gathered in the square.");
    }
    Path db = dir.resolve("events.db");

    Process first = start(in, db);
    Set<String> reported = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        reported.add(line.split("\t")[1]);
        if (reported.size() == 25) {
          first.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
          break;
        }
      }
    }
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).isEqualTo(137);
    assertThat(reported).hasSize(25);
    try (ArticleStore store = ArticleStore.open(db.toString())) {
      for (String id : reported) {
        assertThat(store.record(id)).as(id).isPresent();
      }
      assertThat(store.articleCount()).isLessThan(ARTICLES);
    }

    Process second = start(in, db);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
      r.lines().forEach(lines::add);
    }
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).as(Files.readString(dir.resolve("err.log"))).isZero();
    assertThat(lines).hasSize(ARTICLES);
    for (String id : reported) {
      assertThat(lines).contains("unchanged\t" + id);
    }
    assertThat(lines).noneMatch(l -> l.startsWith("recoded"));
    try (ArticleStore store = ArticleStore.open(db.toString())) {
      assertThat(store.articleCount()).isEqualTo(ARTICLES);
      for (int i = 0; i < ARTICLES; i += 37) {
        assertThat(store.codingCount(String.format("a%04d", i))).isEqualTo(1);
      }
    }
  }
}
