package org.dateline.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Span;
import org.dateline.core.model.TimeExpression;
import org.dateline.core.time.TimeAnchoring;
import org.junit.jupiter.api.Test;

/** SUTime puts "Saturday" in the past even when the clause is intended (issue 5). */
class StatusTimeAnchoringTest {
  private final ClaimAnalyzer analyzer = new ClaimAnalyzer(new Attributor());

  private static AnnotatedDocument withSaturday(String conll, String sutimeValue) {
    AnnotatedDocument parsed = Docs.parse(conll);
    Article wednesday =
        new Article("t", "test", parsed.article().text(), null, null, null,
            LocalDate.of(2015, 12, 23), null, Map.of());
    Span saturday = Docs.find(parsed, "Saturday");
    TimeExpression t =
        new TimeExpression(saturday, "Saturday", 0, "DATE", sutimeValue, null, null);
    return new AnnotatedDocument(wednesday, parsed.layers(), parsed.sentences(), parsed.entities(),
        List.of(t), List.of(), List.of());
  }

  @Test
  void intendedClauseMovesSaturdayForward() {
    AnnotatedDocument doc = withSaturday(Fixtures.PLANS_TO_VISIT, "2015-12-19");
    AnnotatedDocument plain = new TimeAnchoring().apply(doc);
    assertThat(plain.times().get(0).value()).isEqualTo("2015-12-19");
    AnnotatedDocument byStatus =
        new TimeAnchoring()
            .apply(doc, t -> analyzer.statusAt(doc, t.sentence(), t.span()) == ClaimStatus.FUTURE);
    assertThat(byStatus.times().get(0).value()).isEqualTo("2015-12-26");
    assertThat(byStatus.times().get(0).span()).isEqualTo(doc.times().get(0).span());
  }

  @Test
  void assertedPastClauseKeepsThePastSaturday() {
    String conll = """
        Troops NNS troop O 2 nsubj
        entered VBD enter O 0 root
        Kabul NNP Kabul CITY 2 obj
        on IN on O 5 case
        Saturday NNP Saturday DATE 2 obl:on
        . . . O 2 punct
        """;
    AnnotatedDocument doc = withSaturday(conll, "2015-12-19");
    AnnotatedDocument byStatus =
        new TimeAnchoring()
            .apply(doc, t -> analyzer.statusAt(doc, t.sentence(), t.span()) == ClaimStatus.FUTURE);
    assertThat(byStatus.times().get(0).value()).isEqualTo("2015-12-19");
  }
}
