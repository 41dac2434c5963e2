package org.dateline.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;
import org.junit.jupiter.api.Test;

class CueSelectorTest {
  private static final CueSelector SELECTOR = CueSelector.shipped();

  /** "word/POS/lemma" triples separated by spaces. */
  private static List<Token> sentence(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String t : tagged.split(" ")) {
      String[] p = t.split("/");
      out.add(new Token(out.size(), new Span(at, at + p[0].length()), p[0], p[1], p[2], "O"));
      at += p[0].length() + 1;
    }
    return out;
  }

  @Test
  void takesSentencesWithAnEventTrigger() {
    assertThat(SELECTOR.wants(sentence("Rebels/NNS/rebel attacked/VBD/attack the/DT/the base/NN/base"))).isTrue();
    assertThat(SELECTOR.wants(sentence("The/DT/the protest/NN/protest ended/VBD/end ./././"))).isTrue();
  }

  @Test
  void takesSentencesWithAReportingCue() {
    assertThat(SELECTOR.wants(sentence("Officials/NNS/official said/VBD/say it/PRP/it was/VBD/be calm/JJ/calm"))).isTrue();
    assertThat(SELECTOR.wants(sentence("according/VBG/according to/TO/to police/NN/police"))).isTrue();
    assertThat(SELECTOR.wants(sentence("Pence/NNP/Pence :/:/: No/DT/no debate/NN/debate"))).isTrue();
  }

  @Test
  void leavesOutSentencesThatCanYieldNeither() {
    assertThat(SELECTOR.wants(sentence("The/DT/the weather/NN/weather was/VBD/be mild/JJ/mild ./././"))).isFalse();
    assertThat(SELECTOR.wants(sentence("Henry/NNP/Henry ,/,/, 19/CD/19 ,/,/, of/IN/of Alexandria/NNP/Alexandria"))).isFalse();
  }

  @Test
  void takesAColonOrADashOnlyInTheShapesTheAttributorReads() {
    assertThat(SELECTOR.wants(sentence("Builder/NN/builder :/:/: Basheer/NNP/Basheer &/CC/& Edgemoore/NNP/Edgemoore"))).isTrue();
    assertThat(SELECTOR.wants(sentence("Caddell/NNP/Caddell continued/VBD/continue :/:/:"))).isTrue();
    assertThat(SELECTOR.wants(sentence("''/''/'' ―/:/― Sonya/NNP/Sonya Herridge/NNP/Herridge"))).isTrue();
    // A colon after a lower-case word or far into the sentence, a dash before a common word.
    assertThat(SELECTOR.wants(sentence("The/DT/the menu/NN/menu :/:/: soup/NN/soup and/CC/and bread/NN/bread"))).isFalse();
    assertThat(SELECTOR.wants(sentence("Hours/NNS/hour for/IN/for the/DT/the old/JJ/old museum/NN/museum :/:/: 9/CD/9 to/TO/to 5/CD/5"))).isFalse();
    assertThat(SELECTOR.wants(sentence("The/DT/the rain/NN/rain --/:/-- again/RB/again"))).isFalse();
  }

  @Test
  void aMarkWithANameOrPronounIsKeptForCoreference() {
    assertThat(SELECTOR.wants(sentence("a/DT/a two/CD/two -/HYPH/- car/NN/car garage/NN/garage"))).isFalse();
    assertThat(SELECTOR.wants(sentence("Palestinian/JJ/palestinian keeper/NN/keeper Ramzi/NNP/Ramzi made/VBD/make an/DT/a error/NN/error -/HYPH/- free/JJ/free start/NN/start"))).isTrue();
    assertThat(SELECTOR.wants(sentence("the/DT/the menu/NN/menu :/:/: his/PRP$/his soup/NN/soup"))).isTrue();
  }
}
