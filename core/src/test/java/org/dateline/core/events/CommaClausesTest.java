package org.dateline.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.actors.PhoenixDictionaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommaClausesTest {
  @TempDir Path dir;

  static final String VERBS = """
      &TIES
      +TIES

      --- RENEW  [---] ---
      RENEW
      - * DIPLOMATIC &TIES [064]

      --- SAY [023] ---
      SAY
      """;

  EventCoder coder(CommaClauses commas) throws IOException {
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("v.txt"), VERBS));
    return new EventCoder(new TriggerLexicon(v.triggers(), v.patterns()), false, commas);
  }

  ActorResolver resolver() throws IOException {
    Path actors = Files.writeString(dir.resolve("a.actors.txt"), "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nRURITANIA_ [RUR]\n");
    return new ActorResolver(new ActorDictionary(PhoenixDictionaries.readActors(actors)));
  }

  @Test
  void aShortTerminalClauseIsNotCodedUnderPetrarchsDefaults() throws IOException {
    var doc = Docs.one(
        "Freedonia/NNP/freedonia renewed/VBD/renew diplomatic/JJ ties/NNS/tie with/IN Sylvania/NNP/sylvania ,/, "
            + "Ruritania/NNP/ruritania officials/NNS/official said/VBD/say ./.",
        "nsubj 1 0; ccomp 9 1; amod 3 2; obj 1 3; case 5 4; nmod:with 3 5; punct 9 6; compound 8 7; nsubj 9 8;"
            + " root -1 9; punct 9 10");
    var actors = resolver().resolve(doc);
    assertThat(coder(CommaClauses.PETRARCH).code(doc, actors)).extracting(Event::cameo).containsExactly("064");
    assertThat(coder(CommaClauses.OFF).code(doc, actors)).extracting(Event::cameo).containsExactly("064", "023");
    // the clause is longer than a maximum of 2 words: kept
    assertThat(coder(CommaClauses.PETRARCH.with("comma_emax", 2)).code(doc, actors)).extracting(Event::cameo)
        .containsExactly("064", "023");
  }

  @Test
  void aCommaInsideANounPhraseDelimitsNoClause() throws IOException {
    var doc = Docs.one(
        "Freedonia/NNP/freedonia renewed/VBD/renew close/JJ ,/, diplomatic/JJ ties/NNS/tie with/IN Sylvania/NNP/sylvania",
        "nsubj 1 0; root -1 1; amod 5 2; punct 5 3; amod 5 4; obj 1 5; case 7 6; nmod:with 5 7");
    assertThat(coder(CommaClauses.PETRARCH).code(doc, resolver().resolve(doc))).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("064");
      assertThat(e.targets()).extracting(a -> a.code()).containsExactly("SYL");
    });
  }

  @Test
  void optionsAreReadByTheirPetrarchNames() {
    assertThat(CommaClauses.OFF.with("COMMA_BMAX", 6).with("comma_bmin", 3)).isEqualTo(new CommaClauses(0, 0, 3, 6, 0, 0));
    assertThatThrownBy(() -> CommaClauses.OFF.with("comma_size", 3)).hasMessageContaining("comma_emax");
    assertThatThrownBy(() -> new CommaClauses(-1, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
