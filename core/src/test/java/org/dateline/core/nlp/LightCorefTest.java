package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.core.entities.EntityLexicon.Gender;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.CorefChain;
import org.dateline.core.model.CorefMention;
import org.dateline.core.testkit.TestDocs;
import org.junit.jupiter.api.Test;

class LightCorefTest {
  private final LightCoref coref = new LightCoref(Map.of("mary", Gender.FEMALE));

  private static List<List<String>> texts(AnnotatedDocument doc) {
    return doc.corefChains().stream()
        .map(c -> c.mentions().stream().map(CorefMention::text).toList())
        .toList();
  }

  @Test
  void pronounsJoinTheNearestCompatiblePerson() {
    TestDocs d =
        TestDocs.published(LocalDate.of(2015, 12, 26))
            .sentence("Mary/NNP Jones/NNP met/VBD Abu/NNP Bakr/NNP al-Baghdadi/NNP ./.")
            .sentence("She/PRP said/VBD he/PRP lied/VBD ./.")
            .sentence("al-Baghdadi/NNP denied/VBD it/PRP ./.")
            .entity("Mary Jones", "PERSON", 0)
            .entity("Abu Bakr al-Baghdadi", "PERSON", 0)
            .entity("al-Baghdadi", "PERSON", 1);
    AnnotatedDocument out = coref.apply(d.build());
    assertThat(texts(out))
        .containsExactlyInAnyOrder(
            List.of("Mary Jones", "She"), List.of("Abu Bakr al-Baghdadi", "he", "al-Baghdadi"));
    CorefChain she = out.corefChains().stream().filter(c -> c.mentions().size() == 2).findFirst().orElseThrow();
    assertThat(she.mentions().get(1).sentence()).isEqualTo(1);
    assertThat(she.mentions().get(1).headToken()).isEqualTo(0);
    assertThat(she.mentions().get(1).kind()).isEqualTo("PRONOMINAL");
  }

  @Test
  void theGroupAndItJoinTheNearestOrganisation() {
    TestDocs d =
        TestDocs.published(LocalDate.of(2015, 12, 26))
            .sentence("Hamas/NNP fired/VBD rockets/NNS ./.")
            .sentence("The/DT group/NN said/VBD its/PRP$ aim/NN was/VBD clear/JJ ./.")
            .entity("Hamas", "ORGANIZATION", 0);
    AnnotatedDocument out = coref.apply(d.build());
    assertThat(texts(out)).containsExactly(List.of("Hamas", "The group", "its"));
  }

  @Test
  void pronounsTooFarFromAnyNameStayAlone() {
    TestDocs d =
        TestDocs.published(LocalDate.of(2015, 12, 26))
            .sentence("John/NNP Smith/NNP spoke/VBD ./.")
            .sentence("Rain/NN fell/VBD ./.")
            .sentence("Rain/NN fell/VBD ./.")
            .sentence("He/PRP left/VBD ./.")
            .entity("John Smith", "PERSON", 0);
    assertThat(coref.apply(d.build()).corefChains()).isEmpty();
  }

  @Test
  void documentWithoutEntitiesHasNoChains() {
    TestDocs d = TestDocs.published(LocalDate.of(2015, 12, 26)).sentence("It/PRP rained/VBD ./.");
    assertThat(coref.apply(d.build()).corefChains()).isEmpty();
  }
}
