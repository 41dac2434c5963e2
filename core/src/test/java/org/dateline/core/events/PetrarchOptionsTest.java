package org.dateline.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.actors.PhoenixDictionaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PETRARCH behaviours the product leaves off: agentless passives read as active, new actors. */
class PetrarchOptionsTest {
  @TempDir Path dir;

  EventCoder coder() throws IOException {
    String verbs = """
        --- CRITICIZE [121] ---
        CRITICIZE

        --- LEFT [032:033] ---
        LEFT
        """;
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("v.txt"), verbs));
    return new EventCoder(new TriggerLexicon(v.triggers(), v.patterns()), false);
  }

  ActorResolver resolver() throws IOException {
    Path actors = Files.writeString(dir.resolve("a.actors.txt"), "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n");
    return new ActorResolver(new ActorDictionary(PhoenixDictionaries.readActors(actors)));
  }

  static final String PASSIVE_TOKENS =
      "Freedonia/NNP/freedonia was/VBD/be criticized/VBN/criticize over/IN its/PRP$/its dispute/NN/dispute "
          + "with/IN Sylvania/NNP/sylvania";
  static final String PASSIVE_EDGES =
      "nsubj:pass 2 0; aux:pass 2 1; root -1 2; case 5 3; nmod:poss 5 4; obl:over 2 5; case 7 6; nmod:with 5 7";

  @Test
  void anAgentlessPassiveIsReadAsActiveOnlyWhenAsked() throws IOException {
    var doc = Docs.one(PASSIVE_TOKENS, PASSIVE_EDGES);
    var actors = resolver().resolve(doc);
    assertThat(coder().withAgentlessPassivesActive(true).code(doc, actors)).singleElement().satisfies(e -> {
      assertThat(e.sources()).extracting(ActorMention::code).containsExactly("FRD");
      assertThat(e.targets()).extracting(ActorMention::code).containsExactly("SYL");
    });
    // by default the passive subject is the one acted on, and the critic is unknown
    assertThat(coder().code(doc, actors)).singleElement().satisfies(e -> {
      assertThat(e.sources()).isEmpty();
      assertThat(e.targets()).extracting(ActorMention::code).containsExactly("FRD");
    });
  }

  @Test
  void aPassiveWithItsAgentStaysPassive() throws IOException {
    var doc = Docs.one("Freedonia/NNP/freedonia was/VBD/be criticized/VBN/criticize by/IN Sylvania/NNP/sylvania",
        "nsubj:pass 2 0; aux:pass 2 1; root -1 2; case 4 3; obl:agent 2 4");
    assertThat(coder().withAgentlessPassivesActive(true).code(doc, resolver().resolve(doc))).singleElement()
        .satisfies(e -> {
          assertThat(e.sources()).extracting(ActorMention::code).containsExactly("SYL");
          assertThat(e.targets()).extracting(ActorMention::code).containsExactly("FRD");
        });
  }

  static final String LEFT_TOKENS =
      "Gryffindor/NNP/gryffindor 's/POS/'s head/NN/head Minerva/NNP/minerva McGonagall/NNP/mcgonagall left/VBD/leave "
          + "for/IN the/DT/the Ministry/NNP/ministry of/IN Magic/NNP/magic on/IN Wednesday/NNP/wednesday/DATE "
          + "with/IN Sylvania/NNP/sylvania";
  static final String LEFT_EDGES =
      "nmod:poss 2 0; case 0 1; nsubj 5 2; compound 4 3; dep 2 4; root -1 5; case 8 6; det 8 7; obl:for 5 8;"
          + " case 10 9; nmod:of 8 10; case 12 11; obl:on 5 12; case 14 13; obl:with 5 14";

  @Test
  void uncodedArgumentsBecomeNewActorsNamedByTheirWords() throws IOException {
    var doc = Docs.one(LEFT_TOKENS, LEFT_EDGES);
    var events = coder().withNewActorLength(4).code(doc, resolver().resolve(doc));
    assertThat(events).hasSize(2);
    // the subject phrase without its possessive marker; a coded actor fills the target before any phrase does
    assertThat(events.get(0).sources()).extracting(ActorMention::code)
        .containsExactly("\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"");
    assertThat(events.get(0).sources().get(0).resolution()).isEqualTo(ActorMention.Resolution.PHRASE);
    assertThat(events.get(0).targets()).extracting(ActorMention::code).containsExactly("SYL");
    assertThat(events.get(1).cameo()).isEqualTo("033");
  }

  @Test
  void theFirstPhraseAfterTheVerbIsTheNewTargetAndLongPhrasesAreNone() throws IOException {
    String tokens = LEFT_TOKENS.replace(" with/IN Sylvania/NNP/sylvania", "");
    String edges = LEFT_EDGES.replace("; case 14 13; obl:with 5 14", "");
    var doc = Docs.one(tokens, edges);
    var actors = resolver().resolve(doc);
    assertThat(coder().withNewActorLength(4).code(doc, actors)).first().satisfies(e ->
        assertThat(e.targets()).extracting(ActorMention::code).containsExactly("\"THE MINISTRY OF MAGIC\""));
    // with three words at most neither phrase qualifies; the date is never an actor
    assertThat(coder().withNewActorLength(3).code(doc, actors)).first().satisfies(e -> {
      assertThat(e.sources()).isEmpty();
      assertThat(e.targets()).isEmpty();
    });
    assertThat(coder().code(doc, actors)).first().satisfies(e -> assertThat(e.sources()).isEmpty());
  }

  @Test
  void aNegativeNewActorLengthIsRejected() {
    assertThatThrownBy(() -> coder().withNewActorLength(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newActorLength");
  }
}
