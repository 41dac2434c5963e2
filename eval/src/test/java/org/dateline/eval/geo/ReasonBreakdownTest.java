package org.dateline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonBreakdownTest {
  @Test
  void countsEachReasonOverExactlyMatchedGoldWithCoordinates() {
    GoldDocument doc = new GoldDocument("d", "Paris London Boston Nowhere Extra", List.of(
        new GoldToponym(0, 5, "Paris", 48.85, 2.35),
        new GoldToponym(6, 12, "London", 51.51, -0.13),
        new GoldToponym(13, 19, "Boston", 42.36, -71.06),
        new GoldToponym(20, 27, "Nowhere", Double.NaN, Double.NaN)));
    List<GoldToponym> sys = List.of(
        new GoldToponym(0, 5, "Paris", 48.85, 2.35),
        new GoldToponym(6, 12, "London", 42.98, -81.25), // London, Ontario
        new GoldToponym(14, 19, "oston", 42.36, -71.06), // overlap only: not scored
        new GoldToponym(20, 27, "Nowhere", 1, 1), // gold has no coordinates: not scored
        new GoldToponym(28, 33, "Extra", 0, 0)); // false alarm: not scored
    Map<String, ReasonBreakdown.Row> rows = ReasonBreakdown.of(List.of(doc), List.of(sys),
        List.of(List.of("population", "population", "population", "sole_candidate",
            "article_focus")));
    assertThat(rows).containsOnlyKeys("population");
    assertThat(rows.get("population")).isEqualTo(new ReasonBreakdown.Row(2, 1));
    assertThat(rows.get("population").share()).isEqualTo(0.5);
  }
}
