package org.dateline.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorIndex;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventCoderTest {
  static final ActorResolver ACTORS = new ActorResolver(ActorDictionary.shipped());
  static final EventCoder CODER = new EventCoder(TriggerLexicon.shipped());

  static List<Event> code(AnnotatedDocument doc) {
    ActorIndex index = ACTORS.resolve(doc);
    return CODER.code(doc, index);
  }

  // "Syrian rebels attacked the army" — subject is the source, object the target
  static final AnnotatedDocument ATTACK = Docs.one(
      "Syrian/JJ/syrian rebels/NNS/rebel attacked/VBD/attack the/DT army/NN",
      "amod 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4");

  @Test
  void activeVerbCodesSubjectAsSourceAndObjectAsTarget() {
    List<Event> events = code(ATTACK);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(PloverType.ASSAULT);
      assertThat(e.cameo()).isEqualTo("190");
      assertThat(e.triggerText()).isEqualTo("attacked");
      assertThat(e.sources()).singleElement().satisfies(a -> {
        assertThat(a.code()).isEqualTo("SYRREB");
        assertThat(a.text()).isEqualTo("Syrian rebels");
      });
      assertThat(e.targets()).singleElement().satisfies(a -> assertThat(a.code()).isEqualTo("MIL"));
      assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
      assertThat(e.date().basis()).isEqualTo(EventDate.Basis.ARTICLE);
      assertThat(e.id()).isEqualTo("t:e0:14-22");
    });
  }

  @Test
  void passiveVerbCountsItsVictims() {
    // "Two senior militant leaders were killed"
    AnnotatedDocument doc = Docs.one(
        "Two/CD/two senior/JJ militant/JJ leaders/NNS/leader were/VBD/be killed/VBN/kill",
        "nummod 3 0; amod 3 1; amod 3 2; nsubj:pass 5 3; aux:pass 5 4; root -1 5");
    Event e = code(doc).get(0);
    assertThat(e.type()).isEqualTo(PloverType.ASSAULT);
    assertThat(e.targets()).singleElement().satisfies(a -> assertThat(a.code()).isEqualTo("INS"));
    assertThat(e.sources()).isEmpty();
    assertThat(e.quantities()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quantity.Kind.KILLED);
      assertThat(q.value()).isEqualTo(2L);
      assertThat(q.qualifier()).isEqualTo(Quantity.Qualifier.EXACT);
      assertThat(q.text()).isEqualTo("Two");
    });
  }

  @Test
  void negationIsRecordedAndNeverChangesTheType() {
    // "Police did not arrest protesters"
    AnnotatedDocument doc = Docs.one(
        "Police/NNP/police did/VBD/do not/RB arrest/VB protesters/NNS/protester",
        "nsubj 3 0; aux 3 1; advmod 3 2; root -1 3; obj 3 4");
    Event e = code(doc).get(0);
    assertThat(e.type()).isEqualTo(PloverType.COERCE);
    assertThat(e.mode()).isEqualTo("arrest");
    assertThat(e.negated()).isTrue();
    assertThat(e.cues()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("not"));
  }

  @Test
  void statedIntentToCooperateIsAgreeAndKeepsTheAction() {
    // "Portugal will support Turkey"
    AnnotatedDocument doc = Docs.one(
        "Portugal/NNP/portugal will/MD support/VB Turkey/NNP/turkey",
        "nsubj 2 0; aux 2 1; root -1 2; obj 2 3");
    Event e = code(doc).get(0);
    assertThat(e.type()).isEqualTo(PloverType.AGREE);
    assertThat(e.action()).isEqualTo(PloverType.SUPPORT);
    assertThat(e.modality()).isEqualTo(Modality.FUTURE);
    assertThat(e.sources()).singleElement().satisfies(a -> assertThat(a.code()).isEqualTo("PRT"));
    assertThat(e.targets()).singleElement().satisfies(a -> assertThat(a.code()).isEqualTo("TUR"));
    List<Event> literal = new EventCoder(TriggerLexicon.shipped(), false).code(doc, ACTORS.resolve(doc));
    assertThat(literal.get(0).type()).isEqualTo(PloverType.SUPPORT);
  }

  @Test
  void releasingARecordingIsNoPrisonerRelease() {
    AnnotatedDocument doc = Docs.one(
        "Rebels/NNS/rebel released/VBD/release a/DT recording/NN",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3");
    assertThat(code(doc)).isEmpty();
  }

  @Test
  void phrasalVerbNeedsItsParticle() {
    AnnotatedDocument with = Docs.one(
        "Troops/NNS/troop drove/VBD/drive militants/NNS/militant out/RP",
        "nsubj 1 0; root -1 1; obj 1 2; compound:prt 1 3");
    AnnotatedDocument without = Docs.one(
        "Troops/NNS/troop drove/VBD/drive trucks/NNS/truck", "nsubj 1 0; root -1 1; obj 1 2");
    assertThat(code(with)).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(PloverType.ASSAULT));
    assertThat(code(without)).isEmpty();
  }

  @Test
  void eventsNeedDependencies() {
    Article a = new Article("x", "test", "text", null, null, null, null, null, Map.of());
    AnnotatedDocument doc = new AnnotatedDocument(a, EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS),
        List.of(), List.of(), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> CODER.code(doc, ActorIndex.empty()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("DEPENDENCIES");
  }

  @Test
  void emptyDocumentHasNoEvents() {
    Article a = new Article("x", "test", "", null, null, null, null, null, Map.of());
    AnnotatedDocument doc = new AnnotatedDocument(a, EnumSet.allOf(Layer.class),
        List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(code(doc)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"offensive", "airstrike", "raid", "bombardment", "assault"})
  void conflictNounsAreAssaults(String noun) {
    assertThat(TriggerLexicon.shipped().nouns(noun)).isNotEmpty()
        .allSatisfy(t -> assertThat(t.type()).isEqualTo(PloverType.ASSAULT));
  }

  @Test
  void lexiconRejectsBadLinesNamingThem() {
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader("attack\tV\tFIGHTING\t-\t-\t190\n"), "my.tsv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("my.tsv:1").hasMessageContaining("FIGHTING");
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader("attack\tX\tASSAULT\t-\t-\t190\n"), "my.tsv"))
        .hasMessageContaining("V or N");
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader("attack\tV\tASSAULT\n"), "my.tsv"))
        .hasMessageContaining("6 tab-separated columns");
    assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader("attack\tV\tASSAULT\t-\t-\tx19\n"), "my.tsv"))
        .hasMessageContaining("CAMEO");
  }

  @Test
  void oldPloverLabelsMapToTwoPointZero() {
    assertThat(PloverType.ofLabel("FIGHT")).contains(PloverType.ASSAULT);
    assertThat(PloverType.ofLabel("demand")).contains(PloverType.REQUEST);
    assertThat(PloverType.ofLabel("DISAPPROVE")).contains(PloverType.ACCUSE);
    assertThat(PloverType.ofLabel("INVESTIGATE")).contains(PloverType.ACCUSE);
    assertThat(PloverType.ofLabel("DOCUMENT")).isEmpty();
  }

  @Test
  void cameoCodesMapToPloverTypes() {
    assertThat(CameoPlover.typeOf("190")).contains(PloverType.ASSAULT);
    assertThat(CameoPlover.typeOf("0874")).contains(PloverType.RETREAT);
    assertThat(CameoPlover.typeOf("112")).contains(PloverType.ACCUSE);
    assertThat(CameoPlover.typeOf("010")).isEmpty();
    assertThat(CameoPlover.typeOf("abc")).isEmpty();
  }

  @Test
  void anAssaultTakesTheModeOfTheWeaponItsSentenceNames() {
    // "Rebels attacked the army with mortars" — the trigger has no mode, the mortars give one
    AnnotatedDocument doc = Docs.one(
        "Rebels/NNS/rebel attacked/VBD/attack the/DT army/NN with/IN mortars/NNS/mortar",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; obl:with 1 5");
    assertThat(code(doc)).singleElement().satisfies(e -> assertThat(e.mode()).isEqualTo("heavy-weapons"));
    assertThat(code(ATTACK)).singleElement().satisfies(e -> assertThat(e.mode()).isNull());
  }

  @Test
  void aPassiveWithoutItsAgentInheritsNoSource() {
    // "Syrian rebels said the army was attacked": nobody is said to have attacked
    AnnotatedDocument doc = Docs.one(
        "Syrian/JJ/syrian rebels/NNS/rebel said/VBD/say the/DT army/NN was/VBD/be attacked/VBN/attack",
        "amod 1 0; nsubj 2 1; root -1 2; det 4 3; nsubj:pass 6 4; aux:pass 6 5; ccomp 2 6");
    assertThat(code(doc)).filteredOn(e -> e.triggerText().equals("attacked")).singleElement()
        .satisfies(e -> {
          assertThat(e.sources()).isEmpty();
          assertThat(e.targets()).singleElement().satisfies(a -> assertThat(a.code()).isEqualTo("MIL"));
        });
  }
}
