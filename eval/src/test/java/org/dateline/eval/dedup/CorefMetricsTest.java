package org.dateline.eval.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The textbook examples: Pradhan et al. (2014), "Scoring coreference partitions of predicted
 * mentions: a reference implementation", figure 1 (key {a,b,c} {d,e,f,g}; response {a,b} {c,d}
 * {f,g,h,i}), and Vilain et al. (1995) for MUC.
 */
class CorefMetricsTest {
  static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
  static final List<Set<String>> RESPONSE = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i"));

  @Test
  void mucCountsLinks() {
    CorefMetrics.Prf muc = CorefMetrics.muc(KEY, RESPONSE);
    assertThat(muc.recall()).isCloseTo(2.0 / 5, within(1e-9));
    assertThat(muc.precision()).isCloseTo(2.0 / 5, within(1e-9));
  }

  @Test
  void mucOfVilainsSplitChain() {
    CorefMetrics.Prf muc = CorefMetrics.muc(List.of(Set.of("A", "B", "C", "D")), List.of(Set.of("A", "B"), Set.of("C", "D")));
    assertThat(muc.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(muc.precision()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void bCubedAveragesOverMentions() {
    CorefMetrics.Prf b3 = CorefMetrics.b3(KEY, RESPONSE);
    assertThat(b3.recall()).isCloseTo((5.0 / 3 + 5.0 / 4) / 7, within(1e-9));
    assertThat(b3.precision()).isCloseTo(4.0 / 8, within(1e-9));
  }

  @Test
  void ceafEntityAlignsClustersOptimally() {
    CorefMetrics.Prf ceaf = CorefMetrics.ceafe(KEY, RESPONSE);
    // {a,b,c}-{a,b}: 2*2/5 = 0.8, {d,e,f,g}-{f,g,h,i}: 2*2/8 = 0.5
    assertThat(ceaf.recall()).isCloseTo(1.3 / 2, within(1e-9));
    assertThat(ceaf.precision()).isCloseTo(1.3 / 3, within(1e-9));
  }

  @Test
  void hungarianBeatsGreedy() {
    // greedy takes 0.9 and is left with 0.1; the optimum is 0.8 + 0.8
    assertThat(Hungarian.maxWeight(new double[][] {{0.9, 0.8}, {0.8, 0.1}})).isCloseTo(1.6, within(1e-9));
    assertThat(Hungarian.maxWeight(new double[][] {{0.2, 0.9, 0.4}})).isCloseTo(0.9, within(1e-9));
    assertThat(Hungarian.maxWeight(new double[][] {{0.2}, {0.9}, {0.4}})).isCloseTo(0.9, within(1e-9));
  }

  @Test
  void identicalPartitionsScoreOne() {
    CorefMetrics.Scores s = CorefMetrics.score(KEY, KEY);
    assertThat(s.conll()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void allSingletonsHaveFullBCubedPrecisionAndNoMucLinks() {
    List<Set<String>> singletons = List.of(Set.of("a"), Set.of("b"), Set.of("c"), Set.of("d"), Set.of("e"), Set.of("f"), Set.of("g"));
    CorefMetrics.Scores s = CorefMetrics.score(KEY, singletons);
    assertThat(s.b3().precision()).isCloseTo(1.0, within(1e-9));
    assertThat(s.b3().recall()).isCloseTo((3 * (1.0 / 3) + 4 * (1.0 / 4)) / 7, within(1e-9));
    assertThat(s.muc().f1()).isZero();
  }
}
