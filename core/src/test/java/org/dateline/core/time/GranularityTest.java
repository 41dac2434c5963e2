package org.dateline.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GranularityTest {
  private static final LocalDate NOV_2_1989 = LocalDate.of(1989, 11, 2);

  @Test
  void yearsAgoNamesAYearAndMonthsAgoAMonth() {
    assertThat(Granularity.refine("almost four years ago", "1985-11-02", NOV_2_1989, false, ""))
        .isEqualTo("1985");
    assertThat(Granularity.refine("two months earlier", "1989-09-02", NOV_2_1989, false, ""))
        .isEqualTo("1989-09");
    assertThat(Granularity.refine("Saturday", "1989-10-28", NOV_2_1989, false, ""))
        .isEqualTo("1989-10-28");
  }

  @Test
  void aYearEarlierInAQuarterlyReportIsLastYearsQuarter() {
    String sentence = "Net income rose 5% in the quarter from $3 million a year earlier.";
    assertThat(Granularity.refine("a year earlier", "1988-11-02", NOV_2_1989, false, sentence))
        .isEqualTo("1988-Q3");
    assertThat(Granularity.refine("a year earlier", "1988-11-02", NOV_2_1989, false, "He left."))
        .isEqualTo("1988-11-02");
  }

  @Test
  void pastQuarterIsTheLastCompletedOne() {
    assertThat(Granularity.refine("the quarter", "1989-Q4", NOV_2_1989, false, "")).isEqualTo("1989-Q3");
    assertThat(Granularity.refine("the quarter", "1989-Q4", NOV_2_1989, true, "")).isEqualTo("1989-Q4");
    assertThat(Granularity.refine("this quarter", "1989-Q4", NOV_2_1989, false, "")).isEqualTo("1989-Q4");
    assertThat(Granularity.refine("a flat second quarter", "1990-Q2", NOV_2_1989, false, ""))
        .isEqualTo("1989-Q2");
    assertThat(Granularity.latestQuarter("the latest quarter", LocalDate.of(1990, 2, 1)))
        .isEqualTo("1989-Q4");
    assertThat(Granularity.latestQuarter("the year", NOV_2_1989)).isNull();
  }
}
