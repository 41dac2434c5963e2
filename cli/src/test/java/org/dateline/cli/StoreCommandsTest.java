package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dateline.store.ArticleStore;
import org.dateline.store.StoreFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dateline query` and `dateline export` against a store filled with hand-built coded articles. */
class StoreCommandsTest {
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void fill() {
    db = dir.resolve("events.db");
    try (ArticleStore store = ArticleStore.open(db.toString())) {
      store.put(StoreFixtures.article("a1", "Reuters", LocalDate.of(2015, 12, 26), "190"), "{}", "v1");
      store.put(StoreFixtures.article("b2", "AP", LocalDate.of(2016, 1, 3), "173"), "{}", "v1");
    }
  }

  @Test
  void queryPrintsATableOfMatchingEvents() {
    CliRun r = run("query", "--store", db.toString(), "--country", "IRQ", "--from", "2016-01-01");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).hasSize(3);
    assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("date").contains("type", "cameo", "country");
    assertThat(r.out()).contains("2016-01-03").contains("IRQCOP").contains("Kirkuk").contains("1 of 1 events");
  }

  @Test
  void queryShowsOneEventInFullAndASummary() {
    String denial;
    try (ArticleStore store = ArticleStore.open(db.toString())) {
      denial = store.events(org.dateline.store.EventQuery.builder().articleId("a1").status("negated").build()).get(0).id();
    }
    CliRun r = run("query", "--store", db.toString(), "--event", denial);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("claim     negated by Officials (denied)").contains("conflict  asserted by Reuters vs denied by Officials");
    CliRun s = run("query", "--store", db.toString(), "--summary");
    // each article's own denial, and one across them: AP's January denial reaches Reuters' attack
    assertThat(r.out()).contains("cluster   3 reports in 2 article(s): ASSAULT at Kirkuk");
    assertThat(s.out()).contains("store: 2 articles, 4 events, 3 contradictions").contains("ASSAULT 4").contains("IRQ 2")
        .contains("across articles in cluster:");
  }

  @Test
  void exportWritesEveryFormatWithTheFilters() throws Exception {
    Path csv = dir.resolve("e.csv");
    CliRun r = run("export", "--store", db.toString(), "--format", "csv", "--out", csv.toString(), "--status", "asserted");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readAllLines(csv)).hasSize(3);
    assertThat(r.err()).contains("2 events exported as csv");
    CliRun geo = run("export", "--store", db.toString(), "--format", "geojson", "--type", "ASSAULT", "--actor", "police");
    JsonNode fc = new ObjectMapper().readTree(geo.out());
    assertThat(fc.get("features")).hasSize(2);
    Path parquet = dir.resolve("e.parquet");
    assertThat(run("export", "--store", db.toString(), "--format", "parquet", "--out", parquet.toString()).status()).isZero();
    assertThat(Files.size(parquet)).isPositive();
  }

  @Test
  void badInputGetsOneClearLineAndStatusTwo() {
    CliRun fmt = run("export", "--store", db.toString(), "--format", "xlsx");
    assertThat(fmt.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(fmt.err().strip()).isEqualTo("dateline: unknown export format 'xlsx': use one of csv, jsonl, parquet, geojson, plover, phoenix");
    CliRun date = run("query", "--store", db.toString(), "--from", "26/12/2015");
    assertThat(date.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(date.err()).contains("--from must be a date YYYY-MM-DD, got '26/12/2015'");
    CliRun status = run("query", "--store", db.toString(), "--status", "rumoured");
    assertThat(status.err()).contains("unknown status 'rumoured'");
    CliRun pipe = run("export", "--store", db.toString(), "--format", "parquet");
    assertThat(pipe.err()).contains("parquet export needs --out FILE");
    CliRun missing = run("query", "--store", dir.resolve("nope.db").toString());
    assertThat(missing.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("no store at");
    assertThat(Files.exists(dir.resolve("nope.db"))).isFalse();
  }
}
