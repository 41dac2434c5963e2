package org.dateline.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.TimeExpression;
import org.dateline.core.testkit.TestDocs;
import org.junit.jupiter.api.Test;

class TimeAnchoringTest {
  private static final LocalDate SAT_DEC_26 = LocalDate.of(2015, 12, 26);
  private final TimeAnchoring anchoring = new TimeAnchoring();

  private TimeExpression only(AnnotatedDocument doc) {
    return anchoring.apply(doc).times().get(0);
  }

  @Test
  void bareMonthInPastClauseMovesBackAndSinceGivesARange() {
    AnnotatedDocument doc =
        TestDocs.published(SAT_DEC_26)
            .sentence("It/PRP was/VBD his/PRP$ first/JJ address/NN since/IN May/NNP ./.")
            .time("May", "2016-05")
            .build();
    TimeExpression t = only(doc);
    assertThat(t.value()).isEqualTo("2015-05");
    assertThat(t.rangeBegin()).isEqualTo("2015-05");
    assertThat(t.rangeEnd()).isEqualTo("2015-12-26");
  }

  @Test
  void bareMonthInFutureClauseStaysInTheFuture() {
    AnnotatedDocument doc =
        TestDocs.published(SAT_DEC_26)
            .sentence(
                "Talks/NNS will/MD resume/VB in/IN May/NNP",
                new Dependency("root", -1, 2),
                new Dependency("nsubj", 2, 0),
                new Dependency("aux", 2, 1),
                new Dependency("obl:in", 2, 4),
                new Dependency("case", 4, 3))
            .time("May", "2016-05")
            .build();
    assertThat(only(doc).value()).isEqualTo("2016-05");
  }

  @Test
  void weekdayInFutureClauseMovesForward() {
    AnnotatedDocument doc =
        TestDocs.published(LocalDate.of(2015, 12, 23)) // a Wednesday
            .sentence(
                "The/DT minister/NN will/MD visit/VB on/IN Saturday/NNP",
                new Dependency("root", -1, 3),
                new Dependency("nsubj", 3, 1),
                new Dependency("aux", 3, 2),
                new Dependency("obl:on", 3, 5))
            .time("Saturday", "2015-12-19")
            .build();
    assertThat(only(doc).value()).isEqualTo("2015-12-26");
  }

  @Test
  void weekdayInPastClauseIsUntouched() {
    AnnotatedDocument doc =
        TestDocs.published(SAT_DEC_26)
            .sentence("Officials/NNS said/VBD Saturday/NNP")
            .time("Saturday", "2015-12-26")
            .build();
    TimeExpression before = doc.times().get(0);
    assertThat(only(doc)).isSameAs(before);
  }

  @Test
  void theWeekendInAPastClauseOfAMondayStoryIsTheOneBefore() {
    AnnotatedDocument doc =
        TestDocs.published(LocalDate.of(1990, 8, 13)) // a Monday, ISO week 33
            .sentence("Talks/NNS collapsed/VBD over/IN the/DT weekend/NN")
            .time("the weekend", "1990-W33-WE")
            .build();
    assertThat(only(doc).value()).isEqualTo("1990-W32-WE");
  }

  @Test
  void theWeekendInAFutureClauseStays() {
    AnnotatedDocument doc =
        TestDocs.published(LocalDate.of(1990, 8, 13))
            .sentence(
                "Talks/NNS will/MD resume/VB over/IN the/DT weekend/NN",
                new Dependency("root", -1, 2),
                new Dependency("nsubj", 2, 0),
                new Dependency("aux", 2, 1),
                new Dependency("obl:over", 2, 5),
                new Dependency("case", 5, 3),
                new Dependency("det", 5, 4))
            .time("the weekend", "1990-W33-WE")
            .build();
    assertThat(only(doc).value()).isEqualTo("1990-W33-WE");
  }

  @Test
  void explicitYearIsNeverMoved() {
    AnnotatedDocument doc =
        TestDocs.published(SAT_DEC_26)
            .sentence("It/PRP happened/VBD in/IN May/NNP 2016/CD")
            .time("May 2016", "2016-05")
            .build();
    assertThat(only(doc).value()).isEqualTo("2016-05");
  }

  @Test
  void withoutReferenceDateNothingChanges() {
    AnnotatedDocument doc =
        TestDocs.published(null).sentence("since/IN May/NNP").time("May", "XXXX-05").build();
    assertThat(anchoring.apply(doc)).isSameAs(doc);
  }
}
