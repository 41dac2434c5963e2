package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesScorerTest {
  @Test
  void weekNumbersCompareAsIsoValues() {
    assertThat(DatesScorer.sameValue("2000-W07", "2000-W7")).isTrue();
    assertThat(DatesScorer.sameValue("2000-W07-WE", "2000-W7-WE")).isTrue();
    assertThat(DatesScorer.sameValue("2000-W17", "2000-W7")).isFalse();
    assertThat(DatesScorer.sameValue("2000-W07", "2000-W08")).isFalse();
    assertThat(DatesScorer.sameValue("1998-08-07", "1998-08-07")).isTrue();
  }
}
