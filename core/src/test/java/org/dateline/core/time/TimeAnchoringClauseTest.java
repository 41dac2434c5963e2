package org.dateline.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.TimeExpression;
import org.dateline.core.model.Token;
import org.junit.jupiter.api.Test;

/** Re-anchoring without a parse: the nearest verb of the expression's clause decides the tense. */
class TimeAnchoringClauseTest {
  private static AnnotatedDocument doc(String words, String tags, String timeText, String value) {
    String[] w = words.split(" ");
    String[] p = tags.split(" ");
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < w.length; i++) {
      tokens.add(new Token(i, new Span(at, at + w[i].length()), w[i], p[i], w[i], "O"));
      at += w[i].length() + 1;
    }
    Article a = new Article("t", "t", words, null, null, null, LocalDate.of(2000, 4, 17), null, Map.of());
    int start = words.indexOf(timeText);
    TimeExpression t =
        new TimeExpression(new Span(start, start + timeText.length()), timeText, 0, "DATE", value,
            null, null);
    return new AnnotatedDocument(a, EnumSet.of(Layer.TOKENS, Layer.POS, Layer.TIMES),
        List.of(new Sentence(0, new Span(0, words.length()), tokens, List.of())), List.of(),
        List.of(t), List.of(), List.of());
  }

  @Test
  void pastWeekdayNightMovesBackAndKeepsThePartOfDay() {
    AnnotatedDocument d =
        doc("Troops left on Sunday night .", "NNS VBD IN NNP NN .", "Sunday night", "2000-04-23TNI");
    assertThat(new TimeAnchoring().apply(d).times().get(0).value()).isEqualTo("2000-04-16TNI");
  }

  @Test
  void scheduledMonthDayStaysInTheFuture() {
    AnnotatedDocument d =
        doc("The trial will open May 14 .", "DT NN MD VB NNP CD .", "May 14", "2000-05-14");
    assertThat(new TimeAnchoring().apply(d).times().get(0).value()).isEqualTo("2000-05-14");
  }

  @Test
  void pastMonthDayAfterTheArticleDateMovesBackAYear() {
    AnnotatedDocument d =
        doc("The trial opened May 14 .", "DT NN VBD NNP CD .", "May 14", "2000-05-14");
    assertThat(new TimeAnchoring().apply(d).times().get(0).value()).isEqualTo("1999-05-14");
  }
}
