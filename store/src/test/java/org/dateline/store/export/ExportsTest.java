package org.dateline.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.dateline.store.ArticleStore;
import org.dateline.store.EventQuery;
import org.dateline.store.StoreFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format, read back with the tools its users read it with. */
class ExportsTest {
  @TempDir static Path dir;
  private static ArticleStore store;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void fill() {
    store = ArticleStore.open(dir.resolve("x.db").toString());
    store.put(StoreFixtures.article("a1", "Reuters", LocalDate.of(2015, 12, 26), "190"), "{}", "v1");
    store.put(StoreFixtures.article("b2", "AP, \"wire\"\tdesk", LocalDate.of(2016, 1, 3), "173"), "{}", "v1");
  }

  private static Path export(ExportFormat f, EventQuery q) throws Exception {
    Path out = dir.resolve("out." + f.name().toLowerCase());
    long n = Exports.export(store, q, f, out, new java.io.StringWriter());
    assertThat(n).isEqualTo(store.eventCount(q));
    return out;
  }

  private static EventQuery all() {
    return EventQuery.builder().build();
  }

  @Test
  void csvHasAHeaderAndOneRowPerEventWithQuotingIntact() throws Exception {
    Path out = export(ExportFormat.CSV, all());
    try (Reader r = Files.newBufferedReader(out)) {
      List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
      assertThat(rows).hasSize(4);
      assertThat(rows.get(0).get("date")).isEqualTo("2015-12");
      CSVRecord last = rows.get(3);
      assertThat(last.get("outlet")).isEqualTo("AP, \"wire\"\tdesk");
      assertThat(last.get("cameo")).isEqualTo("173");
      assertThat(last.get("quad_class")).isEqualTo("4");
      assertThat(last.get("source_codes")).isEqualTo("IRQCOP");
      assertThat(last.get("country_iso3")).isEqualTo("IRQ");
    }
  }

  @Test
  void jsonLinesAndPloverFilterByStatus() throws Exception {
    EventQuery negated = EventQuery.builder().status("negated").build();
    List<String> lines = Files.readAllLines(export(ExportFormat.JSONL, negated));
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("status").asText()).isEqualTo("negated");
    assertThat(first.get("negated").asBoolean()).isTrue();
    assertThat(first.get("sources").isArray()).isTrue();

    List<String> plover = Files.readAllLines(export(ExportFormat.PLOVER, all()));
    JsonNode p = JSON.readTree(plover.get(3));
    assertThat(p.get("event").asText()).isEqualTo("ASSAULT");
    assertThat(p.get("actor").get(0).get("code").asText()).isEqualTo("IRQ");
    assertThat(p.get("actor").get(0).get("sector").asText()).isEqualTo("COP");
    assertThat(p.get("recipient").get(0).get("actorText").asText()).isEqualTo("militants");
    assertThat(p.get("date").asText()).isEqualTo("2016-01-03");
  }

  @Test
  void geojsonHasLocatedPointsLongitudeFirstAndTheGeoNamesCredit() throws Exception {
    JsonNode fc = JSON.readTree(export(ExportFormat.GEOJSON, all()).toFile());
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.get("attribution").asText()).contains("GeoNames").contains("CC BY 4.0");
    assertThat(fc.get("features")).hasSize(2); // the two denials have no place
    JsonNode f = fc.get("features").get(0);
    assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(44.39222);
    assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(35.46806);
    assertThat(f.get("properties").get("place").asText()).isEqualTo("Kirkuk");
  }

  @Test
  void phoenixSplitsActorCodesAndDates() throws Exception {
    EventQuery located = EventQuery.builder().country("IRQ").actor("IRQ").build();
    List<String> lines = Files.readAllLines(export(ExportFormat.PHOENIX, located));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).split("\t")).startsWith("EventID", "Date", "Year");
    String[] row = lines.get(1).split("\t", -1);
    assertThat(row).hasSize(PhoenixSink.HEADER.size());
    assertThat(row[1]).isEqualTo("20151226");
    assertThat(row[6]).isEqualTo("IRQCOP");
    assertThat(row[7]).isEqualTo("IRQ");
    assertThat(row[8]).isEqualTo("COP");
    assertThat(row[10]).isEqualTo("REB");
    assertThat(row[11]).isEmpty();
    assertThat(row[12]).isEqualTo("REB");
    assertThat(row[15]).isEqualTo("19");
    assertThat(row[17]).isEqualTo("-10.0");
    assertThat(lines.get(2).split("\t", -1)).hasSize(PhoenixSink.HEADER.size());
  }

  @Test
  void parquetReadsBackWithParquetAndWithDuckDb() throws Exception {
    Path out = export(ExportFormat.PARQUET, all());
    List<Group> rows = new ArrayList<>();
    try (ParquetReader<Group> r = ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(out.toUri())).build()) {
      for (Group g = r.read(); g != null; g = r.read()) {
        rows.add(g);
      }
    }
    assertThat(rows).hasSize(4);
    assertThat(rows.get(3).getString("cameo", 0)).isEqualTo("173");
    assertThat(rows.get(3).getDouble("lat", 0)).isEqualTo(35.46806);
    assertThat(rows.get(0).getFieldRepetitionCount("lat")).isZero();

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(quad_class), MIN(goldstein), COUNT(lat), MAX(outlet)"
            + " FROM read_parquet('" + out.toString().replace("'", "''") + "')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(4);
      assertThat(rs.getLong(2)).isEqualTo(16);
      assertThat(rs.getDouble(3)).isEqualTo(-10.0);
      assertThat(rs.getLong(4)).isEqualTo(2);
      assertThat(rs.getString(5)).isEqualTo("Reuters");
    }
  }

  @Test
  void badFormatsAndParquetToAPipeAreRefused() {
    assertThatThrownBy(() -> ExportFormat.parse("xlsx")).hasMessageContaining("use one of csv, jsonl, parquet");
    assertThat(ExportFormat.parse("GeoJSON")).isEqualTo(ExportFormat.GEOJSON);
    assertThatThrownBy(() -> Exports.export(store, all(), ExportFormat.PARQUET, null, new java.io.StringWriter()))
        .hasMessageContaining("needs --out");
  }

  @Test
  void exportToStdoutLeavesItOpen() throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    Exports.export(store, all(), ExportFormat.JSONL, null, out);
    Exports.export(store, all(), ExportFormat.JSONL, null, out);
    assertThat(out.toString().lines()).hasSize(8);
  }
}
