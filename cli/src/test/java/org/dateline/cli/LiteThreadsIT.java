package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.core.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dateline code --profile lite} on two worker threads writes exactly what one thread
 * writes: each thread's pipeline is its own, and what the pipelines share (the gazetteer, the
 * entity lexicon) is read-only.
 */
class LiteThreadsIT {
  @TempDir Path dir;

  @Test
  void twoThreadsGiveTheSameRecordsInTheSameOrder() throws Exception {
    List<String> news = Files.readAllLines(SharedData.resolve("refdata/bench/articles/news-300.jsonl"), StandardCharsets.UTF_8);
    Path in = dir.resolve("news.jsonl");
    Files.write(in, news.subList(0, 10), StandardCharsets.UTF_8);
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    CliRun r1 = CliRun.run("code", in.toString(), "--profile", "lite", "--threads", "1", "--out", one.toString());
    assertThat(r1.status()).as(r1.err()).isZero();
    CliRun r2 = CliRun.run("code", in.toString(), "--profile", "lite", "--threads", "2", "--out", two.toString());
    assertThat(r2.status()).as(r2.err()).isZero();
    List<String> expected = Files.readAllLines(one, StandardCharsets.UTF_8);
    assertThat(expected).hasSize(10);
    assertThat(expected).anyMatch(l -> l.contains("\"events\":[{"));
    assertThat(Files.readAllLines(two, StandardCharsets.UTF_8)).isEqualTo(expected);
  }
}
