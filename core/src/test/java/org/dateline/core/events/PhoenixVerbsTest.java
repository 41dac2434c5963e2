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
  void pairedCodesReviewMarksAndThirdPersonForms() throws IOException {
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("p.txt"), """
        --- LEFT  [032:033]  ---
        LEFT

        --- SAYS  [023?]  ---
        SAYS

        --- FOCUS [010] ---
        FOCUS
        """));
    assertThat(v.triggers()).extracting(Trigger::lemma).containsExactly("left", "says", "say", "focus");
    Trigger left = v.triggers().get(0);
    assertThat(left.cameo()).isEqualTo("032");
    assertThat(left.reciprocal()).isEqualTo("033");
    assertThat(v.triggers().get(2).cameo()).isEqualTo("023");
    assertThat(v.triggers().get(3).reciprocal()).isNull();
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

  @Test
  void patternWordsMatchTheirWrittenFormOnly() throws IOException {
    // PETRARCH does no stemming: "* SUBSCRIPTION" is no match for "subscriptions" (SYNSET-21b), the verb's default holds
    String verbs = VERBS.replace("--- RENEW  [---] ---", "--- RENEW  [030] ---");
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("v.txt"), verbs));
    Path actors = Files.writeString(dir.resolve("a.actors.txt"), "FREEDONIA_ [FRD]\n");
    EventCoder coder = new EventCoder(new TriggerLexicon(v.triggers(), v.patterns()), false);
    ActorResolver resolver = new ActorResolver(new ActorDictionary(PhoenixDictionaries.readActors(actors)));
    var plural = Docs.one(
        "Freedonia/NNP/freedonia renewed/VBD/renew subscriptions/NNS/subscription", "nsubj 1 0; root -1 1; obj 1 2");
    assertThat(coder.code(plural, resolver.resolve(plural))).extracting(Event::cameo).containsExactly("030");
    var singular = Docs.one(
        "Freedonia/NNP/freedonia renewed/VBD/renew subscription/NN", "nsubj 1 0; root -1 1; obj 1 2");
    assertThat(coder.code(singular, resolver.resolve(singular))).isEmpty();
  }

  @Test
  void aSkipMarkSkipsAWholeNounPhrase() throws IOException {
    String verbs = """
        --- WARN [160] ---
        WARN
        - * AT ^ + [162]
        """;
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("w.txt"), verbs));
    Path actors = Files.writeString(dir.resolve("w.actors.txt"), "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nRURITANIA_ [RUR]\n");
    EventCoder coder = new EventCoder(new TriggerLexicon(v.triggers(), v.patterns()), false);
    ActorResolver resolver = new ActorResolver(new ActorDictionary(PhoenixDictionaries.readActors(actors)));
    // "^" is "the Ruritania" (its "of" phrase left out), so "+" is Sylvania (PETRARCH's COMPOUND-25)
    var doc = Docs.one(
        "Freedonia/NNP/freedonia warned/VBD/warn at/IN the/DT/the Ruritania/NNP/ruritania of/IN Sylvania/NNP/sylvania",
        "nsubj 1 0; root -1 1; case 4 2; det 4 3; obl:at 1 4; case 6 5; nmod:of 4 6");
    assertThat(coder.code(doc, resolver.resolve(doc))).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("162");
      assertThat(e.targets()).extracting(a -> a.code()).containsExactly("SYL");
    });
  }

  static final String ORDERED = """
      &MONEY
      +GOLDEN_GOBLIN_GALLEONS

      --- CONTRIBUTE [070] ---
      CONTRIBUTE
      - * &MONEY [903]

      --- AGREE [081] ---
      AGREE
      - * WITH % [031]
      """;

  @Test
  void synsetPhrasesNeedConsecutiveWordsAndCompoundSlotsBindTargets() throws IOException {
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("v.txt"), ORDERED));
    Path actors = Files.writeString(dir.resolve("a.actors.txt"), "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nRURITANIA_ [RUR]\n");
    EventCoder coder = new EventCoder(new TriggerLexicon(v.triggers(), v.patterns()), false);
    ActorResolver resolver = new ActorResolver(new ActorDictionary(PhoenixDictionaries.readActors(actors)));
    var whole = Docs.one(
        "Freedonia/NNP/freedonia contributed/VBD/contribute golden/JJ goblin/NN galleons/NNS/galleon to/IN Sylvania/NNP/sylvania",
        "nsubj 1 0; root -1 1; amod 4 2; compound 4 3; obj 1 4; case 6 5; obl:to 1 6");
    assertThat(coder.code(whole, resolver.resolve(whole))).extracting(Event::cameo).containsExactly("903");
    var gap = Docs.one(
        "Freedonia/NNP/freedonia contributed/VBD/contribute golden/JJ shiny/JJ goblin/NN galleons/NNS/galleon to/IN Sylvania/NNP/sylvania",
        "nsubj 1 0; root -1 1; amod 5 2; amod 5 3; compound 5 4; obj 1 5; case 7 6; obl:to 1 7");
    assertThat(coder.code(gap, resolver.resolve(gap))).extracting(Event::cameo).containsExactly("070");
    var agree = Docs.one(
        "Freedonia/NNP/freedonia agreed/VBD/agree with/IN Sylvania/NNP/sylvania and/CC Ruritania/NNP/ruritania",
        "nsubj 1 0; root -1 1; case 3 2; obl:with 1 3; cc 5 4; conj:and 3 5");
    assertThat(coder.code(agree, resolver.resolve(agree))).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("031");
      assertThat(e.sources()).extracting(a -> a.code()).containsExactly("FRD");
      assertThat(e.targets()).extracting(a -> a.code()).containsExactly("SYL", "RUR");
    });
  }

  @Test
  void aPreCompoundVerbNeedsBothWordsWhicheverTheParserTagsAsTheVerb() throws IOException {
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("t.txt"), """
        --- CONFISCATE  [1711] ---
        CONFISCATE
        WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
        - WILL NOT * [081]
        """));
    assertThat(v.triggers()).extracting(Trigger::lemma).containsExactly("confiscate", "wire tap");
    Path actors = Files.writeString(dir.resolve("t.actors.txt"), "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n");
    EventCoder coder = new EventCoder(new TriggerLexicon(v.triggers(), v.patterns()), false);
    ActorResolver resolver = new ActorResolver(new ActorDictionary(PhoenixDictionaries.readActors(actors)));
    // the parser took "wire" for the verb and "tap" for its object (PETRARCH's DEMO-31)
    var doc = Docs.one(
        "Freedonia/NNP/freedonia will/MD not/RB wire/VB tap/NN Sylvania/NNP/sylvania",
        "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; obj 3 4; nmod 4 5");
    assertThat(coder.code(doc, resolver.resolve(doc))).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("081");
      assertThat(e.triggerText()).isEqualTo("wire tap");
      assertThat(e.sources()).extracting(a -> a.code()).containsExactly("FRD");
    });
    var bare = Docs.one("Freedonia/NNP/freedonia tapped/VBD/tap Sylvania/NNP/sylvania", "nsubj 1 0; root -1 1; obj 1 2");
    assertThat(coder.code(bare, resolver.resolve(bare))).isEmpty();
  }

  @Test
  void aPatternWithNoCameoCodeIsLeftOutNotReadAsABlock() throws IOException {
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("r.txt"), """
        --- RESTORE  [064]  ---
        RESTORE
        - * FXLL DIPLOMATIC  [+++]
        - * ANCIENT [---]
        """));
    assertThat(v.patterns()).singleElement().satisfies(p -> assertThat(p.trigger()).isNull());
  }

  @Test
  void aTargetSlotOnTheVerbsOwnSubjectMakesTheReporterTheSource() throws IOException {
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("g.txt"), """
        --- REGRET  [111] ---
        REGRET  {REGRETTED REGRETS}
        - NOTED + *  [115]
        """));
    Path actors = Files.writeString(dir.resolve("g.actors.txt"), "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n");
    EventCoder coder = new EventCoder(new TriggerLexicon(v.triggers(), v.patterns()), false);
    ActorResolver resolver = new ActorResolver(new ActorDictionary(PhoenixDictionaries.readActors(actors)));
    var doc = Docs.one(
        "Freedonia/NNP/freedonia noted/VBD/note that/IN Sylvania/NNP/sylvania regretted/VBD/regret it/PRP",
        "nsubj 1 0; root -1 1; mark 4 2; nsubj 4 3; ccomp 1 4; obj 4 5");
    assertThat(coder.code(doc, resolver.resolve(doc))).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("115");
      assertThat(e.sources()).extracting(a -> a.code()).containsExactly("FRD");
      assertThat(e.targets()).extracting(a -> a.code()).containsExactly("SYL");
    });
  }

  @Test
  void aVisitGoesToItsHostCountryRatherThanAnAgentNamingNone() throws IOException {
    PhoenixVerbs.Imported v = PhoenixVerbs.read(Files.writeString(dir.resolve("a.txt"), """
        --- ARRIVE  [032:033]  ---
        ARRIVE
        """));
    Path actors = Files.writeString(dir.resolve("v.actors.txt"), "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n");
    Path agents = Files.writeString(dir.resolve("v.agents.txt"), "OFFICIAL  [~GOV]\nPRESIDENT [~GOV]\n");
    var entries = new java.util.ArrayList<>(PhoenixDictionaries.readActors(actors));
    entries.addAll(PhoenixDictionaries.readAgents(agents));
    EventCoder coder = new EventCoder(new TriggerLexicon(v.triggers(), v.patterns()), false);
    ActorResolver resolver = new ActorResolver(new ActorDictionary(entries));
    var doc = Docs.one(
        "Freedonia/NNP/freedonia 's/POS president/NN arrived/VBD/arrive in/IN Sylvania/NNP/sylvania on/IN "
            + "an/DT official/JJ visit/NN",
        "nmod:poss 2 0; case 0 1; nsubj 3 2; root -1 3; case 5 4; obl:in 3 5; case 9 6; det 9 7; amod 9 8; obl:on 3 9");
    List<Event> events = coder.code(doc, resolver.resolve(doc));
    assertThat(events).extracting(Event::cameo).containsExactly("032", "033");
    // and the possessor country names whose president it is (FRDGOV, PETRARCH's DEMO-10)
    assertThat(events.get(0).sources()).extracting(a -> a.code()).containsExactly("FRDGOV");
    assertThat(events.get(0).targets()).extracting(a -> a.code()).containsExactly("SYL");
  }
}
