package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] produces exactly the records the single-machine CLI produces on the
 * same input, plus the same failures.
 */
class SparkJobIT {
  @TempDir Path dir;

  private static int cli(String... args) {
    return CliRun.run(args).status();
  }

  @Test
  void localSparkJobMatchesTheCommandLine() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String name : List.of("mosul-checkpoint.txt", "geneva-talks.txt", "port-protest.jsonl")) {
      try (var s = getClass().getResourceAsStream("/examples/" + name)) {
        Files.write(in.resolve(name), s.readAllBytes());
      }
    }
    Files.createDirectories(in.resolve("more"));
    Files.writeString(in.resolve("more/short.txt"), "WASHINGTON — The Senate voted on Tuesday.");
    Files.write(in.resolve("more/empty.txt"), new byte[0]);
    // Enough for every stage: places (ner), events and claims (depparse).
    String annotators = "tokenize,ssplit,pos,lemma,ner,depparse";

    Path jsonl = dir.resolve("cli.jsonl");
    Path db = dir.resolve("cli.db");
    assertThat(cli("code", in.toString(), "--annotators", annotators, "--date", "2024-03-05", "--out", jsonl.toString(),
            "--store", db.toString()))
        .isEqualTo(1); // the empty file
    Path exported = dir.resolve("events.jsonl");
    assertThat(cli("export", "--store", db.toString(), "--format", "jsonl", "--out", exported.toString())).isZero();
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    Map<String, com.fasterxml.jackson.databind.JsonNode> cliEvents = new HashMap<>();
    for (String line : Files.readAllLines(exported, StandardCharsets.UTF_8)) {
      com.fasterxml.jackson.databind.JsonNode n = mapper.readTree(line);
      cliEvents.put(n.get("id").asText(), n);
    }
    assertThat(cliEvents).as("events coded from the examples").hasSizeGreaterThan(5);
    Map<String, String> expected = new HashMap<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("id").asText();
      expected.put(id, line);
    }
    assertThat(expected).hasSize(5);

    Path out = dir.resolve("parquet");
    System.setProperty("spark.ui.enabled", "false");
    assertThat(cli("spark", "--master", "local[2]", "--in", in.toString(), "--out", out.toString(),
            "--annotators", annotators, "--date", "2024-03-05", "--partitions", "2"))
        .isEqualTo(1);

    SparkSession spark = SparkSession.builder().master("local[1]").appName("check").getOrCreate();
    try {
      Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
      Map<String, String> actual = new HashMap<>();
      for (Row r : articles.select("id", "record").collectAsList()) {
        actual.put(r.getString(0), r.getString(1));
      }
      assertThat(actual).isEqualTo(expected);
      Dataset<Row> events = spark.read().parquet(out.resolve("events").toString());
      assertThat(events.count()).isEqualTo(cliEvents.size());
      assertThat(events.filter("lat IS NOT NULL").count()).as("events with coordinates").isPositive();
      // Clusters: the job's are per article, the store's merge reports across articles.
      List<String> columns = java.util.Arrays.stream(events.columns())
          .filter(c -> !c.equals("cluster_id") && !c.equals("source_count")).toList();
      for (Row r : events.collectAsList()) {
        com.fasterxml.jackson.databind.JsonNode n = cliEvents.get(r.getString(r.fieldIndex("id")));
        assertThat(n).as("CLI export has " + r).isNotNull();
        for (String c : columns) {
          Object v = r.get(r.fieldIndex(c));
          String cliValue;
          if (c.endsWith("_codes") || c.endsWith("_texts")) {
            // JSON Lines gives the actors as arrays; the flat columns join them with ";"
            List<String> parts = new java.util.ArrayList<>();
            n.get(c.startsWith("source") ? "sources" : "targets")
                .forEach(a -> parts.add(a.get(c.endsWith("_codes") ? "code" : "text").asText()));
            cliValue = parts.isEmpty() ? null : String.join(";", parts);
          } else {
            com.fasterxml.jackson.databind.JsonNode j = n.get(c);
            assertThat(j).as("CLI export column " + c).isNotNull();
            cliValue = j.isNull() ? null : j.asText();
          }
          assertThat(v == null ? null : String.valueOf(v)).as(c + " of " + n.get("id")).isEqualTo(cliValue);
        }
      }
      long claimed = cliEvents.values().stream().filter(n -> !n.get("status").isNull()).count();
      assertThat(spark.read().parquet(out.resolve("claims").toString()).count()).isGreaterThanOrEqualTo(claimed).isPositive();
      List<Row> failures = spark.read().parquet(out.resolve("failures").toString()).collectAsList();
      assertThat(failures).hasSize(1);
      assertThat(failures.get(0).getString(0)).endsWith("more/empty.txt");
      assertThat(failures.get(0).getString(2)).isEqualTo("empty file");
      assertThat(spark.read().parquet(out.resolve("entities").toString()).count()).isPositive();
    } finally {
      spark.stop();
    }
  }
}
