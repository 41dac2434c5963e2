package org.dateline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitOutlinesTest {
  @TempDir Path dir;

  private Map<String, UnitOutlines.Unit> read(String features) throws IOException {
    Path f = dir.resolve("admin1.json");
    Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
    return UnitOutlines.read(f);
  }

  private static String feature(String code, long id, String type, String coordinates) {
    return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"" + type + "\",\"coordinates\":"
        + coordinates + "},\"properties\":{\"gn_a1_code\":\"" + code + "\",\"gn_id\":" + id + "}}";
  }

  @Test
  void aUnitIsPlacedAtTheCentreOfItsAreaNotOfItsCorners() throws IOException {
    // An L shape: a 4x2 bar along the bottom and a 2x2 block above its left end.
    String l = "[[[0,0],[4,0],[4,2],[2,2],[2,4],[0,4],[0,0]]]";
    UnitOutlines.Unit u = read(feature("XX.01", 42, "Polygon", l)).get("XX.01");
    assertThat(u.geonameId()).isEqualTo(42);
    // Area 12: the bar (8, centre 2,1) and the block (4, centre 1,3) -> (5/3, 5/3).
    assertThat(u.lon()).isCloseTo(5.0 / 3, within(1e-9));
    assertThat(u.lat()).isCloseTo(5.0 / 3, within(1e-9));
  }

  @Test
  void holesAndSmallIslandsWeighByArea() throws IOException {
    String parts = "[[[[0,0],[3,0],[3,3],[0,3],[0,0]],[[1,1],[2,1],[2,2],[1,2],[1,1]]],"
        + "[[[10,0],[11,0],[11,1],[10,1],[10,0]]]]";
    UnitOutlines.Unit u = read(feature("XX.02", 7, "MultiPolygon", parts)).get("XX.02");
    // Outer rings only: 9 at (1.5, 1.5) and 1 at (10.5, 0.5).
    assertThat(u.lon()).isCloseTo((9 * 1.5 + 10.5) / 10, within(1e-9));
    assertThat(u.lat()).isCloseTo((9 * 1.5 + 0.5) / 10, within(1e-9));
  }

  @Test
  void partsOnBothSidesOfTheAntimeridianStayTogether() throws IOException {
    String parts = "[[[[178,60],[180,60],[180,62],[178,62],[178,60]]],"
        + "[[[-180,60],[-178,60],[-178,62],[-180,62],[-180,60]]]]";
    UnitOutlines.Unit u = read(feature("RU.15", 0, "MultiPolygon", parts)).get("RU.15");
    assertThat(Math.abs(u.lon())).isCloseTo(180, within(1e-9));
    assertThat(u.lat()).isCloseTo(61, within(1e-9));
    assertThat(u.geonameId()).isZero();
  }

  @Test
  void aCountryOutlineReportsItsLargestPartAndThatPartsShare() throws IOException {
    String parts = "[[[[0,0],[3,0],[3,3],[0,3],[0,0]]],[[[10,0],[11,0],[11,1],[10,1],[10,0]]]]";
    UnitOutlines.Moments m = UnitOutlines.outline(new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":" + parts + "}}]}"));
    assertThat(m.largestShare()).isCloseTo(0.9, within(1e-9));
    assertThat(m.largestLat).isCloseTo(1.5, within(1e-9));
    assertThat(m.largestLon).isCloseTo(1.5, within(1e-9));
    assertThat(UnitOutlines.outline(new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree("{\"type\":\"FeatureCollection\",\"features\":[]}"))).isNull();
  }

  @Test
  void featuresWithoutAUsableCodeAreSkippedAndRepeatedCodesMerge() throws IOException {
    String sq = "[[[0,0],[2,0],[2,2],[0,2],[0,0]]]";
    String sq2 = "[[[4,0],[6,0],[6,2],[4,2],[4,0]]]";
    Map<String, UnitOutlines.Unit> units = read(String.join(",",
        feature("GB.", 1, "Polygon", sq), feature("-1", 2, "Polygon", sq),
        feature("YY.03", 3, "Polygon", sq), feature("YY.03", 3, "Polygon", sq2)));
    assertThat(units).containsOnlyKeys("YY.03");
    assertThat(units.get("YY.03").lon()).isCloseTo(3, within(1e-9));
  }
}
