package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.CorefChain;
import org.dateline.core.model.CorefMention;
import org.dateline.core.model.Span;
import org.dateline.core.testkit.TestDocs;
import org.junit.jupiter.api.Test;

class CorefRepairTest {
  private final CorefRepair repair = new CorefRepair();

  private static CorefMention mention(TestDocs d, String words, int occurrence, int sentence, int head, String kind) {
    String text = d.text();
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.indexOf(words, at + 1);
    }
    return new CorefMention(new Span(at, at + words.length()), words, sentence, head, kind, "SINGULAR", "UNKNOWN");
  }

  @Test
  void chainsNamingTheSamePersonAreJoined() {
    TestDocs d =
        TestDocs.published(LocalDate.of(2015, 12, 26))
            .sentence("Abu/NNP Bakr/NNP al-Baghdadi/NNP spoke/VBD ./.")
            .sentence("He/PRP said/VBD little/JJ ./.")
            .sentence("al-Baghdadi/NNP left/VBD ./.")
            .sentence("Then/RB al-Baghdadi/NNP returned/VBD ./.")
            .entity("Abu Bakr al-Baghdadi", "PERSON", 0)
            .entity("al-Baghdadi", "PERSON", 1)
            .entity("al-Baghdadi", "PERSON", 2);
    d.chain(new CorefChain(1, 0, List.of(mention(d, "Abu Bakr al-Baghdadi", 0, 0, 2, "PROPER"), mention(d, "He", 0, 1, 0, "PRONOMINAL"))));
    d.chain(new CorefChain(2, 0, List.of(mention(d, "al-Baghdadi", 1, 2, 0, "PROPER"), mention(d, "al-Baghdadi", 2, 3, 1, "PROPER"))));
    AnnotatedDocument out = repair.apply(d.build());
    assertThat(out.corefChains()).hasSize(1);
    assertThat(out.corefChains().get(0).mentions()).extracting(CorefMention::text)
        .containsExactly("Abu Bakr al-Baghdadi", "He", "al-Baghdadi", "al-Baghdadi");
    assertThat(out.corefChains().get(0).representativeMention().text()).isEqualTo("Abu Bakr al-Baghdadi");
  }

  @Test
  void differentPeopleWithTheSameSurnameStayApart() {
    assertThat(CorefRepair.sameNamedPerson(List.of("Ahmed Ibrahim"), List.of("Sana Ibrahim"))).isFalse();
    assertThat(CorefRepair.sameNamedPerson(List.of("Ibrahim"), List.of("Sana Ibrahim"))).isTrue();
  }

  @Test
  void pronounOnlyChainJoinsTheNearestNamedPerson() {
    TestDocs d =
        TestDocs.published(LocalDate.of(2015, 12, 26))
            .sentence("Sana/NNP Ibrahim/NNP said/VBD her/PRP$ family/NN fled/VBD ./.")
            .sentence("Later/RB she/PRP returned/VBD ./.")
            .entity("Sana Ibrahim", "PERSON", 0);
    d.chain(new CorefChain(1, 0, List.of(mention(d, "her", 0, 0, 3, "PRONOMINAL"), mention(d, "she", 0, 1, 1, "PRONOMINAL"))));
    AnnotatedDocument out = repair.apply(d.build());
    assertThat(out.corefChains()).hasSize(1);
    assertThat(out.corefChains().get(0).mentions()).extracting(CorefMention::text)
        .containsExactly("Sana Ibrahim", "her", "she");
  }

  @Test
  void aNameInsideAModifierDoesNotMakeTheMentionAboutThatPerson() {
    TestDocs d =
        TestDocs.published(LocalDate.of(2015, 12, 26))
            .sentence("a/DT speech/NN made/VBN by/IN Abu/NNP Bakr/NNP al-Baghdadi/NNP in/IN May/NNP ./.")
            .sentence("The/DT speech/NN was/VBD long/JJ ./.")
            .sentence("al-Baghdadi/NNP left/VBD ./.")
            .sentence("al-Baghdadi/NNP returned/VBD ./.")
            .entity("Abu Bakr al-Baghdadi", "PERSON", 0)
            .entity("al-Baghdadi", "PERSON", 1)
            .entity("al-Baghdadi", "PERSON", 2);
    String text = d.text();
    int end = text.indexOf(" in May") ;
    d.chain(new CorefChain(1, 0, List.of(
        new CorefMention(new Span(0, text.indexOf(" .")), text.substring(0, text.indexOf(" .")), 0, 1, "NOMINAL", "SINGULAR", "NEUTRAL"),
        mention(d, "The speech", 0, 1, 1, "NOMINAL"))));
    d.chain(new CorefChain(2, 0, List.of(mention(d, "al-Baghdadi", 1, 2, 0, "PROPER"), mention(d, "al-Baghdadi", 2, 3, 0, "PROPER"))));
    assertThat(end).isPositive();
    AnnotatedDocument out = repair.apply(d.build());
    assertThat(out.corefChains()).hasSize(2);
  }
}
