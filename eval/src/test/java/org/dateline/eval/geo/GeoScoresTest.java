package org.dateline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoScoresTest {
  @TempDir Path tmp;

  @Test
  void computesGrittaMetricsOnAHandMadeCase() {
    List<GoldToponym> gold = List.of(
        new GoldToponym(0, 5, "Paris", 48.85, 2.35),
        new GoldToponym(10, 16, "London", 51.51, -0.13),
        new GoldToponym(20, 26, "Boston", 42.36, -71.06));
    List<GoldToponym> sys = List.of(
        new GoldToponym(0, 5, "Paris", 48.85, 2.35), // exact, 0 km
        new GoldToponym(10, 16, "London", 42.98, -81.25), // London, Ontario: ~5,877 km off
        new GoldToponym(21, 26, "oston", 42.36, -71.06), // overlap only
        new GoldToponym(30, 35, "Extra", 0, 0)); // false positive
    GeoScores s = GeoScores.score(List.of(gold), List.of(sys));
    assertThat(s.gold()).isEqualTo(3);
    assertThat(s.predicted()).isEqualTo(4);
    assertThat(s.exact()).isEqualTo(2);
    assertThat(s.inexact()).isEqualTo(3);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isCloseTo(2 / 3.0, offset(1e-9));
    assertThat(s.f1()).isCloseTo(4 / 7.0, offset(1e-9));
    assertThat(s.resolvedPairs()).isEqualTo(2);
    assertThat(s.acc161()).isEqualTo(0.5);
    assertThat(s.medianKm()).isGreaterThan(2900).isLessThan(2980); // mean of 0 and ~5,877 km
    assertThat(s.auc()).isCloseTo(Math.log(1 + 2 * s.medianKm()) / Math.log(20039) / 2, offset(1e-6));
  }

  @Test
  void unresolvedMatchCountsAsTheLargestError() {
    GeoScores s = GeoScores.score(List.of(List.of(new GoldToponym(0, 3, "Foo", 10, 10))),
        List.of(List.of(new GoldToponym(0, 3, "Foo", Double.NaN, Double.NaN))));
    assertThat(s.acc161()).isZero();
    assertThat(s.meanKm()).isEqualTo(GeoScores.MAX_KM);
    assertThat(s.auc()).isCloseTo(1.0, offset(1e-3));
  }

  @Test
  void refusesMisalignedInputs() {
    assertThatThrownBy(() -> GeoScores.score(List.of(List.of()), List.of()))
        .hasMessageContaining("gold has 1 documents, system output 0");
  }

  @Test
  void readsTheLineFormatAndRejectsBadLines() throws IOException {
    Path f = tmp.resolve("peer.txt");
    Files.writeString(f, "Paris,,Paris,,48.85,,2.35,,0,,5||Nowhere,,Nowhere,,,,,,7,,14||\n\n");
    List<List<GoldToponym>> docs = new GeoCorpusReader().readLines(f);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0)).hasSize(2);
    assertThat(docs.get(0).get(1).resolved()).isFalse();
    assertThat(docs.get(1)).isEmpty();
    Files.writeString(f, "Paris,,Paris||\n");
    assertThatThrownBy(() -> new GeoCorpusReader().readLines(f)).hasMessageContaining("peer.txt:1");
  }

  @Test
  void readsLglXml() throws IOException {
    Path f = tmp.resolve("mini.xml");
    Files.writeString(f, """
        <?xml version="1.0" encoding="utf-8"?>
        <articles><article docid="7"><text>Flooding hit Alexandria today.</text>
        <toponyms><toponym><start>13</start><end>23</end><phrase>Alexandria</phrase>
        <gaztag geonameid="4314550"><name>Alexandria</name><lat>31.3113</lat><lon>-92.4451</lon>
        </gaztag></toponym></toponyms></article></articles>
        """);
    List<GoldDocument> docs = new GeoCorpusReader().readLgl(f);
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("7");
      assertThat(d.toponyms()).containsExactly(
          new GoldToponym(13, 23, "Alexandria", 31.3113, -92.4451));
      assertThat(d.text().substring(13, 23)).isEqualTo("Alexandria");
    });
  }
}
