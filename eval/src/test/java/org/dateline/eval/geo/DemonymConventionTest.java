package org.dateline.eval.geo;

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
import org.dateline.core.model.Token;
import org.junit.jupiter.api.Test;

class DemonymConventionTest {
  /** One sentence of "word/TAG" pairs separated by spaces. */
  private static AnnotatedDocument doc(String tagged) {
    StringBuilder text = new StringBuilder();
    List<Token> toks = new ArrayList<>();
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String w = wt.substring(0, slash);
      if (text.length() > 0) {
        text.append(' ');
      }
      Span span = new Span(text.length(), text.length() + w.length());
      text.append(w);
      toks.add(new Token(toks.size(), span, w, wt.substring(slash + 1), w, "O"));
    }
    Article a = new Article("t", "test", text.toString(), null, null, null,
        LocalDate.of(2018, 4, 1), null, Map.of());
    return new AnnotatedDocument(a, EnumSet.of(Layer.TOKENS, Layer.POS),
        List.of(new Sentence(0, new Span(0, text.length()), toks, List.of())), List.of(),
        List.of(), List.of(), List.of());
  }

  @Test
  void geoWebNewsCountsADemonymModifyingANounNotOneNamingPeople() {
    AnnotatedDocument troops = doc("Russian/JJ troops/NNS withdrew/VBD ./.");
    AnnotatedDocument people = doc("The/DT Russians/NNPS withdrew/VBD ./.");
    AnnotatedDocument last = doc("He/PRP is/VBZ Russian/JJ ./.");
    assertThat(DemonymConvention.MODIFIERS.counts(troops, new Span(0, 7))).isTrue();
    assertThat(DemonymConvention.MODIFIERS.counts(people, new Span(4, 12))).isFalse();
    assertThat(DemonymConvention.MODIFIERS.counts(last, new Span(6, 13))).isFalse();
    assertThat(DemonymConvention.ALL.counts(people, new Span(4, 12))).isTrue();
    assertThat(DemonymConvention.NONE.counts(troops, new Span(0, 7))).isFalse();
  }

  @Test
  void aModifierInAHyphenatedWordOrBeforeAnotherModifierCounts() {
    AnnotatedDocument backed = doc("A/DT Russian-backed/JJ offensive/NN began/VBD ./.");
    AnnotatedDocument pair = doc("The/DT Russian/JJ and/CC Venezuelan/JJ delegations/NNS met/VBD");
    AnnotatedDocument alone = doc("Russians/NNPS and/CC others/NNS met/VBD");
    assertThat(DemonymConvention.MODIFIERS.counts(backed, new Span(2, 9))).isTrue();
    assertThat(DemonymConvention.MODIFIERS.counts(pair, new Span(4, 11))).isTrue();
    assertThat(DemonymConvention.MODIFIERS.counts(alone, new Span(0, 8))).isFalse();
  }
}
