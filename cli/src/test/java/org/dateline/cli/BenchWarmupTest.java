package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's warm-up articles come after the measured ones, never from them when there are more. */
class BenchWarmupTest {
  @Test
  void warmUpArticlesFollowTheMeasuredOnes() {
    List<Integer> read = List.of(0, 1, 2, 3, 4, 5, 6);
    assertThat(BenchCommand.warmSet(read, 4, 3)).containsExactly(4, 5, 6);
    assertThat(BenchCommand.warmSet(read, 4, 5)).containsExactly(4, 5, 6, 4, 5);
  }

  @Test
  void shortInputsWarmUpOnTheMeasuredSet() {
    List<Integer> read = List.of(0, 1, 2);
    assertThat(BenchCommand.warmSet(read, 5, 1)).containsExactly(0);
    assertThat(BenchCommand.warmSet(read, 3, 4)).containsExactly(0, 1, 2, 0);
  }
}
