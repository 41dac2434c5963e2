package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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

  @Test
  void sigkillMidRunLosesNothingReportedAndRerunDuplicatesNothing() throws Exception {
    Path in = CodeProcess.articles(dir, ARTICLES,
        i -> "KIRKUK, Iraq (Reuters) - Article " + i + ": police said " + i + " people gathered in the square.");
    Path db = dir.resolve("events.db");

    Process first = start(in, db);
    Set<String> reported = CodeProcess.killAfter(first, 25);
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
    List<String> lines = CodeProcess.lines(second);
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).as(CodeProcess.errorLog(dir)).isZero();
    assertThat(lines).hasSize(ARTICLES);
    for (String id : reported) {
      assertThat(lines).contains("unchanged\t" + id);
    }
    assertThat(lines).noneMatch(l -> l.startsWith("recoded"));
    try (ArticleStore store = ArticleStore.open(db.toString())) {
      assertThat(store.articleCount()).isEqualTo(ARTICLES);
      for (int i = 0; i < ARTICLES; i += 37) {
        assertThat(store.codingCount(CodeProcess.id(i))).isEqualTo(1);
      }
    }
  }

  private Process start(Path in, Path db) throws IOException {
    return CodeProcess.start(dir, "-Xmx256m", "tokenize,ssplit", in, db);
  }
}
