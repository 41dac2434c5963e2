package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleWindowsTest {
  /** n tokens "tok" tagged NN, but for the listed positions, which get the word/tag given. */
  private static List<CoreLabel> sentence(int n, Object... positionsAndWords) {
    List<CoreLabel> out = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < n; i++) {
      String word = "tok";
      String tag = "NN";
      for (int k = 0; k < positionsAndWords.length; k += 2) {
        if ((Integer) positionsAndWords[k] == i) {
          String[] wt = ((String) positionsAndWords[k + 1]).split("/");
          word = wt[0];
          tag = wt.length > 1 ? wt[1] : "NN";
        }
      }
      CoreLabel l = new CoreLabel();
      l.setWord(word);
      l.setValue(word);
      l.setTag(tag);
      l.setLemma(word);
      l.setBeginPosition(offset);
      l.setEndPosition(offset + word.length());
      offset += word.length() + 1;
      out.add(l);
    }
    return out;
  }

  @Test
  void eachAnchorKeepsItsReachOnBothSidesAndCloseWindowsMerge() {
    List<CoreLabel> tokens = sentence(40, 10, "2015", 14, "Monday", 35, "ago");
    List<int[]> w = RuleWindows.of(tokens, 3);
    assertThat(w).hasSize(2);
    assertThat(w.get(0)).containsExactly(7, 18);
    assertThat(w.get(1)).containsExactly(32, 39);
  }

  @Test
  void windowsStopAtTheSentenceEnds() {
    List<int[]> w = RuleWindows.of(sentence(6, 1, "March", 5, "year"), 8);
    assertThat(w).hasSize(1);
    assertThat(w.get(0)).containsExactly(0, 6);
  }

  @Test
  void cardinalsAndWordsInsideExpressionsAreAnchorsThoughTheyOpenNoGate() {
    assertThat(RuleWindows.of(sentence(20, 10, "II/CD"), 2).get(0)).containsExactly(8, 13);
    assertThat(RuleWindows.of(sentence(20, 10, "time"), 2).get(0)).containsExactly(8, 13);
    assertThat(RuleWindows.of(sentence(20, 10, "may/MD"), 2).get(0)).containsExactly(8, 13);
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(sentence(20, 10, "time"))).isFalse();
    assertThat(RuleWindows.of(sentence(20), 2)).isEmpty();
  }

  @Test
  void aWindowIsASentenceOfTheSameTokensWithItsOwnTextAndOffsets() {
    List<CoreLabel> tokens = sentence(10, 5, "2015");
    StringBuilder text = new StringBuilder();
    for (CoreLabel t : tokens) {
      text.append(t.word()).append(' ');
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    s.set(CoreAnnotations.TokenBeginAnnotation.class, 100);
    CoreMap w = RuleWindows.sentence(text.toString(), s, 4, 7);
    assertThat(w.get(CoreAnnotations.TextAnnotation.class)).isEqualTo("tok 2015 tok");
    assertThat(w.get(CoreAnnotations.TokensAnnotation.class).get(1)).isSameAs(tokens.get(5));
    assertThat(w.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)).isEqualTo(tokens.get(4).beginPosition());
    assertThat(w.get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(104);
    assertThat(w.get(CoreAnnotations.TokenEndAnnotation.class)).isEqualTo(107);
    assertThat(RuleWindows.sentence(null, s, 4, 7)).isNull();
  }
}
