package org.dateline.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.actors.PhoenixDictionaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhoenixVerbsTest {
  @TempDir Path dir;

  static final String VERBS = """
      &TIES
      +RELATIONS
      +TIES

      --- RENEW  [---] ---
      RENEW
      - * DIPLOMATIC &TIES [064]  # renew diplomatic ties
      - * SUBSCRIPTION [---]

      --- DENOUNCE [111] ---
      DENOUNCE
      +CONDEMN
      +LASH_OUT {+LASHED_OUT}
      """;

  @Test
  void readsVerbsSynonymsPhrasalVerbsAndPatterns() throws IOException {
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("v.txt"), VERBS));
    assertThat(v.triggers()).extracting(Trigger::lemma).containsExactly("denounce", "condemn", "lash");
    assertThat(v.triggers().get(2).particle()).isEqualTo("out");
    assertThat(v.triggers().get(0).type()).isEqualTo(PloverType.ACCUSE);
    assertThat(v.patterns()).hasSize(2);
    VerbPattern ties = v.patterns().get(0);
    assertThat(ties.verb()).isEqualTo("renew");
    assertThat(ties.after()).extracting(VerbPattern.Element::phrases)
        .containsExactly(List.of(List.of("diplomatic")), List.of(List.of("relations"), List.of("ties")));
    assertThat(ties.trigger().cameo()).isEqualTo("064");
    assertThat(v.patterns().get(1).trigger()).isNull();
  }

  @Test
  void patternCodesTheVerbOnlyWhenItsWordsOccur() throws IOException {
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("v.txt"), VERBS));
    Path actors = Files.writeString(dir.resolve("a.actors.txt"), "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n");
    EventCoder coder = new EventCoder(new TriggerLexicon(v.triggers(), v.patterns()), false);
    ActorResolver resolver = new ActorResolver(new ActorDictionary(PhoenixDictionaries.readActors(actors)));
    var renewTies = Docs.one(
        "Freedonia/NNP/freedonia renewed/VBD/renew diplomatic/JJ ties/NNS/tie with/IN Sylvania/NNP/sylvania",
        "nsubj 1 0; root -1 1; amod 3 2; obj 1 3; case 5 4; nmod:with 3 5");
    List<Event> events = coder.code(renewTies, resolver.resolve(renewTies));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("064");
      assertThat(e.sources()).singleElement().satisfies(a -> assertThat(a.code()).isEqualTo("FRD"));
      assertThat(e.targets()).singleElement().satisfies(a -> assertThat(a.code()).isEqualTo("SYL"));
    });
    var renewSubscription = Docs.one(
        "Freedonia/NNP/freedonia renewed/VBD/renew subscription/NN", "nsubj 1 0; root -1 1; obj 1 2");
    assertThat(coder.code(renewSubscription, resolver.resolve(renewSubscription))).isEmpty();
  }
}
