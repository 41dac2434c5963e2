package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end with the tokenizer only (no statistical models), so it runs as a unit
 * test: bad items are reported one line each, the rest is coded, the exit status tells.
 */
class CodeCommandTest {
  @TempDir Path dir;

  @Test
  void codesGoodItemsAndReportsEachBadOneOnOneLine() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "KIRKUK, Iraq (Reuters) - Police said two people died.");
    Files.write(in.resolve("b.txt"), new byte[0]);
    Files.write(in.resolve("c.txt"), new byte[] {1, 2, 3, 0, 5});
    Files.write(in.resolve("d.txt"), new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28});
    Files.writeString(in.resolve("e.jsonl"), "{\"id\":\"e1\",\"text\":\"Rebels advanced.\"}\n{broken\n{\"id\":\"e3\"}\n");
    Files.write(in.resolve("f.txt"), new byte[5_000_001]);
    Path out = dir.resolve("out.jsonl");
    CliRun r = run("code", in.toString(), "--annotators", "tokenize,ssplit", "--date", "2015-12-26", "--out", out.toString());
    assertThat(r.status()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
    assertThat(errors).hasSize(6);
    assertThat(errors).anyMatch(l -> l.contains("b.txt: ingest: empty file"));
    assertThat(errors).anyMatch(l -> l.contains("c.txt: ingest: binary data"));
    assertThat(errors).anyMatch(l -> l.contains("d.txt: ingest: invalid UTF-8"));
    assertThat(errors).anyMatch(l -> l.contains("e.jsonl:2: ingest: invalid JSON"));
    assertThat(errors).anyMatch(l -> l.contains("e.jsonl:3: ingest: missing required field \"text\""));
    assertThat(errors).anyMatch(l -> l.contains("f.txt: ingest: too large"));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.err().lines().reduce((a, b) -> b).orElse("")).matches("8 articles, 6 failed, [0-9.]+ s");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a");
    assertThat(first.at("/dateline/agency/text").asText()).isEqualTo("Reuters");
    assertThat(first.at("/sentences/0/tokens/0/word").asText()).isEqualTo("Police");
  }

  @Test
  void missingInputIsAnItemErrorAndStatusOne() {
    CliRun r = run("code", dir.resolve("nope.txt").toString(), "--annotators", "tokenize,ssplit");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("nope.txt: ingest: no such file or directory");
  }

  @Test
  void badFlagsFailBeforeLoadingAnything() {
    assertThat(run("code", "x", "--date", "26/12/2015").err()).contains("--date must be YYYY-MM-DD");
    assertThat(run("code", "x", "--date", "26/12/2015").status()).isEqualTo(2);
    CliRun badLayer = run("code", "x", "--annotators", "tokenize,ssplit,coref");
    assertThat(badLayer.status()).isEqualTo(2);
    assertThat(badLayer.err()).contains("COREF needs").doesNotContain("\tat ");
    assertThat(run("code", "x", "--coref", "magic").err()).contains("--coref must be");
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : List.of("code", "bench", "eval")) {
      CliRun r = run(cmd, "--help");
      assertThat(r.status()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Usage: dateline " + cmd);
    }
    assertThat(run("--help").out()).contains("code").contains("bench").contains("eval");
  }

  @Test
  void threadsKeepInputOrderAndGiveTheSameRecords() throws IOException {
    Path in = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < 40; i++) {
      Files.writeString(in.resolve(String.format("a%02d.txt", i)), "BAGHDAD (Wire) - Item " + i + ": officials said " + i + " things.");
    }
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    assertThat(run("code", in.toString(), "--annotators", "tokenize,ssplit", "--out", one.toString()).status()).isZero();
    assertThat(run("code", in.toString(), "--annotators", "tokenize,ssplit", "--threads", "3", "--out", two.toString()).status()).isZero();
    assertThat(Files.readAllLines(two)).hasSize(40).isEqualTo(Files.readAllLines(one));
    assertThat(run("code", "x", "--threads", "0").err()).contains("--threads must be at least 1");
  }
}
