package org.dateline.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;
import org.junit.jupiter.api.Test;

class EntityTaggerTest {
  private static final EntityLexicon LEXICON =
      new EntityLexicon(
          Set.of("ministry", "party", "reuters"),
          Set.of("province", "lake"),
          Set.of("gen.", "mr."),
          Set.of("in", "near"),
          Set.of("say", "tell"),
          Map.of("john", EntityLexicon.Gender.MALE),
          Map.of("islamic state", "ORGANIZATION"),
          Set.of("alexandria"));
  private final EntityTagger tagger = new EntityTagger(LEXICON);

  /** Tokens from {@code "word/POS/NER"} (NER optional, default O). */
  private static List<Token> sentence(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String part : tagged.split(" ")) {
      String[] f = part.split("/");
      String ner = f.length > 2 ? f[2] : "O";
      out.add(new Token(out.size(), new Span(at, at + f[0].length()), f[0], f[1], f[0].toLowerCase(), ner));
      at += f[0].length() + 1;
    }
    return out;
  }

  private List<List<String>> tag(String... sentences) {
    List<List<Token>> doc = new ArrayList<>();
    for (String s : sentences) {
      doc.add(sentence(s));
    }
    return tagger.tag(doc);
  }

  @Test
  void titledNameIsAPersonAndItsSurnameLaterToo() {
    List<List<String>> out =
        tag(
            "Gen./NNP Sarhad/NNP Kadir/NNP spoke/VBD ./.",
            "Kadir/NNP left/VBD Kirkuk/NNP/CITY on/IN Monday/NNP/DATE ./.");
    assertThat(out.get(0)).containsExactly("O", "PERSON", "PERSON", "O", "O");
    assertThat(out.get(1)).containsExactly("PERSON", "O", "CITY", "O", "DATE", "O");
  }

  @Test
  void organisationHeadsAndParticlesJoinAName() {
    List<List<String>> out = tag("the/DT Ministry/NNP of/IN Defence/NNP denied/VBD it/PRP");
    assertThat(out.get(0)).containsExactly("O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O", "O");
  }

  @Test
  void placesFromPrepositionsHeadsAndTheCityList() {
    List<List<String>> out =
        tag(
            "fighting/NN in/IN Hit/NNP ended/VBD",
            "Anbar/NNP Province/NNP is/VBZ large/JJ",
            "an/DT Alexandria/NNP woman/NN was/VBD charged/VBN");
    assertThat(out.get(0)).containsExactly("O", "O", "LOCATION", "O");
    assertThat(out.get(1)).containsExactly("LOCATION", "LOCATION", "O", "O");
    assertThat(out.get(2)).containsExactly("O", "CITY", "O", "O", "O");
  }

  @Test
  void cuesAfterTheNameMakeAPerson() {
    List<List<String>> out =
        tag(
            "Ahmed/NNP Rashid/NNP ,/, a/DT farmer/NN ,/, fled/VBD",
            "Rashid/NNP said/VBD so/RB",
            "Reuters/NNP said/VBD so/RB",
            "John/NNP Smith/NNP left/VBD");
    assertThat(out.get(0)).startsWith("PERSON", "PERSON", "O");
    assertThat(out.get(1)).startsWith("PERSON");
    assertThat(out.get(2)).startsWith("ORGANIZATION");
    assertThat(out.get(3)).startsWith("PERSON", "PERSON");
  }

  @Test
  void aSplitHyphenAndParticleStayInsideTheName() {
    List<List<String>> out = tag("Abu/NNP Bakr/NNP al/FW -/HYPH Baghdadi/NNP spoke/VBD");
    assertThat(out.get(0)).containsExactly("PERSON", "PERSON", "PERSON", "PERSON", "PERSON", "O");
  }

  @Test
  void dictionaryNamesAcronymsAndRuleLabelsWin() {
    List<List<String>> out =
        tag("Islamic/NNP State/NNP and/CC NATO/NNP met/VBD in/IN Iraq/NNP/COUNTRY in/IN March/NNP/DATE");
    assertThat(out.get(0))
        .containsExactly("ORGANIZATION", "ORGANIZATION", "O", "ORGANIZATION", "O", "O", "COUNTRY", "O", "DATE");
  }

  @Test
  void everyTokenGetsExactlyOneLabelOnRandomInput() {
    Random random = new Random(8);
    String[] pos = {"NNP", "NNPS", "NN", "IN", "VBD", ",", "DT", "JJ"};
    String[] words = {"Gen.", "of", "in", ",", "said", "Lake", "Party", "X", "Y", "the", "a", "IS"};
    for (int round = 0; round < 200; round++) {
      List<List<Token>> doc = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
          sb.append(i == 0 ? "" : " ")
              .append(words[random.nextInt(words.length)]).append('/').append(pos[random.nextInt(pos.length)]);
        }
        doc.add(n == 0 ? List.of() : sentence(sb.toString()));
      }
      List<List<String>> out = tagger.tag(doc);
      for (int s = 0; s < doc.size(); s++) {
        assertThat(out.get(s)).hasSize(doc.get(s).size()).doesNotContainNull();
      }
    }
  }

  @Test
  void emptyDocumentAndEmptySentences() {
    assertThat(tagger.tag(List.of())).isEmpty();
    assertThat(tagger.tag(List.of(List.of()))).containsExactly(List.of());
  }
}
