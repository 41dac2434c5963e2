package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatedNerAnnotatorTest {
  private static List<CoreLabel> tokens(String... wordTagLemma) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : wordTagLemma) {
      String[] f = w.split("/");
      CoreLabel l = new CoreLabel();
      l.setWord(f[0]);
      l.setTag(f[1]);
      l.setLemma(f[2]);
      out.add(l);
    }
    return out;
  }

  @Test
  void digitsMonthsUnitsAndRelativeWordsOpenTheGate() {
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("killed/VBN/kill", "12/CD/12"))).isTrue();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("in/IN/in", "March/NNP/March"))).isTrue();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("two/CD/two", "weeks/NNS/week"))).isTrue();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("said/VBD/say", "Yesterday/NN/yesterday"))).isTrue();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("$/$/$", "bn/NN/bn"))).isTrue();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("in/IN/in", "May/NNP/May"))).isTrue();
    // Found by comparing skipped sentences with CoreNLP's NER on 300 news articles.
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("World/NNP/World", "War/NNP/War", "II/CD/II"))).isTrue();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("at/IN/at", "the/DT/the", "time/NN/time"))).isTrue();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("on/IN/on", "Mon/NNP/Mon"))).isTrue();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("in/IN/in", "daylight/NN/daylight"))).isTrue();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("the/DT/the", "Mays/NNPS/Mays", "left/VBD/leave"))).isTrue();
  }

  @Test
  void sentencesWithoutAnyCueSkipTheRules() {
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(
            tokens("The/DT/the", "army/NN/army", "may/MD/may", "attack/VB/attack", "Ramadi/NNP/Ramadi")))
        .isFalse();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("it/PRP/it", "is/VBZ/be", "time/NN/time"))).isFalse();
  }

  @Test
  void wordsSutimeReadsOnlyBesideAnotherCueDoNotOpenTheGateAlone() {
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("he/PRP/he", "left/VBD/leave", "later/RB/later"))).isFalse();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("the/DT/the", "former/JJ/former", "mayor/NN/mayor"))).isFalse();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("talks/NNS/talk", "resume/VBP/resume", "soon/RB/soon"))).isFalse();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("recent/JJ/recent", "clashes/NNS/clash"))).isFalse();
    // Beside a cue they still open it.
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("two/CD/two", "days/NNS/day", "later/RB/later"))).isTrue();
    assertThat(GatedNerAnnotator.mayHoldTimeOrNumber(tokens("in/IN/in", "recent/JJ/recent", "weeks/NNS/week"))).isTrue();
  }
}
