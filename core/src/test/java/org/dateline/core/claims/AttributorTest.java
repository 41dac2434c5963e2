package org.dateline.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Quote;
import org.dateline.core.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AttributorTest {
  private final Attributor attributor = new Attributor();

  @Test
  void reportingVerbWithClauseGivesSourceCueAndContent() {
    AnnotatedDocument doc = Docs.parse(Fixtures.OFFICIALS_SAID);
    List<Attribution> found = attributor.attribute(doc);
    assertThat(found).hasSize(1);
    Attribution a = found.get(0);
    assertThat(a.source().text()).isEqualTo("Iraqi officials");
    assertThat(a.source().kind()).isEqualTo(SourceKind.GROUP);
    assertThat(a.source().affiliations()).extracting(Phrase::text).containsExactly("Iraqi");
    assertThat(a.cue()).isEqualTo(new Phrase(Docs.find(doc, "said"), "said"));
    assertThat(a.cueType()).isEqualTo(CueType.VERB);
    assertThat(a.content().text()).isEqualTo("they had cleared a district");
    assertThat(a.status()).isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void sourceAfterTheContentKeepsAppositionPlaceAndName() {
    AnnotatedDocument doc = Docs.parse(Fixtures.GENERAL_SAID_AFTER);
    Attribution a = attributor.attribute(doc).get(0);
    Source s = a.source();
    assertThat(s.text()).isEqualTo("Gen. Kadir , a police commander in Kirkuk");
    assertThat(s.kind()).isEqualTo(SourceKind.PERSON);
    assertThat(s.name().text()).isEqualTo("Gen. Kadir");
    assertThat(s.description().text()).isEqualTo("a police commander in Kirkuk");
    assertThat(s.place().text()).isEqualTo("Kirkuk");
    assertThat(s.affiliations()).extracting(Phrase::text).containsExactly("police");
    assertThat(a.content().text()).isEqualTo("Two leaders were killed");
  }

  @Test
  void relativePronounIsTheSourceOfItsClause() {
    AnnotatedDocument doc = Docs.parse(Fixtures.WHO_EMPHASIZED);
    Attribution a = attributor.attribute(doc).get(0);
    assertThat(a.cue().text()).isEqualTo("emphasized");
    assertThat(a.source().span()).isEqualTo(Docs.find(doc, "who"));
    assertThat(a.content().text()).isEqualTo("that taxes would rise");
  }

  @Test
  void bareParticipleTakesTheSubjectOfTheClauseAbove() {
    AnnotatedDocument doc = Docs.parse(Fixtures.COURT_CITING);
    Attribution a = attributor.attribute(doc).get(0);
    assertThat(a.cue().text()).isEqualTo("citing");
    assertThat(a.source().text()).isEqualTo("The court");
    assertThat(a.content().text()).isEqualTo("a threat");
  }

  @Test
  void dashBylineQuoteStartsAfterAnEarlierByline() {
    AnnotatedDocument parsed = Docs.parse("""
        ” '' ” O 2 punct
        Fear NN fear O 0 root
        . . . O 2 punct
        ” '' ” O 2 punct
        ― : ― O 2 punct
        Ana NNP Ana PERSON 7 compound
        Ruiz NNP Ruiz PERSON 2 dep

        “ `` “ O 2 punct
        Hope NN hope O 0 root
        . . . O 2 punct
        ” '' ” O 2 punct
        ― : ― O 2 punct
        Bo NNP Bo PERSON 7 compound
        Diaz NNP Diaz PERSON 2 dep
        """);
    // The quote annotator pairs the first (wrongly curled) mark with the last closing one.
    Span wide = new Span(0, Docs.find(parsed, "”", 3).end());
    AnnotatedDocument doc = new AnnotatedDocument(parsed.article(), parsed.layers(),
        parsed.sentences(), parsed.entities(), parsed.times(), parsed.corefChains(),
        List.of(new Quote(wide, wide.of(parsed.article().text()), null, null, null, null)));
    List<Attribution> found = attributor.attribute(doc);
    Attribution last = found.get(found.size() - 1);
    assertThat(last.source().text()).isEqualTo("Bo Diaz");
    assertThat(last.content().text()).isEqualTo("“ Hope . ”");
  }

  @Test
  void calledXAyParsedAsDoubleObjectIsACharacterisation() {
    AnnotatedDocument doc = Docs.parse("""
        Cruz NNP Cruz PERSON 2 nsubj
        called VBD call O 0 root
        Trump NNP Trump PERSON 2 iobj
        a DT a O 5 det
        liar NN liar O 3 dep
        . . . O 2 punct
        """);
    Attribution a = attributor.attribute(doc).get(0);
    assertThat(a.source().text()).isEqualTo("Cruz");
    assertThat(a.cue().text()).isEqualTo("called");
    assertThat(a.content().text()).isEqualTo("Trump a liar");
  }

  @Test
  void reducedRelativeMisreadAsMainVerbLendsItsSubject() {
    AnnotatedDocument doc = Docs.parse("""
        A DT a O 2 det
        poll NN poll O 3 nsubj
        released VBN release O 0 root
        in IN in O 5 case
        August NNP August DATE 3 obl:in
        found VBD find O 3 dep
        that IN that O 9 mark
        voters NNS voter O 9 nsubj
        agreed VBD agree O 6 ccomp
        . . . O 3 punct
        """);
    Attribution a = attributor.attribute(doc).get(0);
    assertThat(a.cue().text()).isEqualTo("found");
    assertThat(a.source().text()).isEqualTo("A poll");
    assertThat(a.content().text()).isEqualTo("that voters agreed");
  }

  @Test
  void anyVerbOfASpeakerBeforeAClosingColonIntroducesTheNextSentence() {
    AnnotatedDocument doc = Docs.parse("""
        Caddell NNP Caddell PERSON 2 nsubj
        continued VBD continue O 0 root
        : : : O 2 punct

        Polls NNS poll O 2 nsubj
        moved VBD move O 0 root
        . . . O 2 punct
        """);
    Attribution a = attributor.attribute(doc).get(0);
    assertThat(a.source().text()).isEqualTo("Caddell");
    assertThat(a.cue().text()).isEqualTo("continued :");
    assertThat(a.content().text()).isEqualTo("Polls moved .");
    String noColon = """
        Caddell NNP Caddell PERSON 2 nsubj
        continued VBD continue O 0 root
        . . . O 2 punct
        """;
    assertThat(attributor.attribute(Docs.parse(noColon))).isEmpty();
  }

  @Test
  void genericYouIsNoSource() {
    String you = """
        You PRP you O 2 nsubj
        know VBP know O 0 root
        the DT the O 4 det
        answer NN answer O 2 obj
        . . . O 2 punct
        """;
    assertThat(attributor.attribute(Docs.parse(you))).isEmpty();
    List<Attribution> they = attributor.attribute(Docs.parse(you.replace("You PRP you", "They PRP they")));
    assertThat(they).extracting(a -> a.source().text()).containsExactly("They");
  }

  @Test
  void invertedSubjectParsedAsObjectIsTheSource() {
    AnnotatedDocument doc = Docs.parse(Fixtures.SAID_KAMIN);
    Attribution a = attributor.attribute(doc).get(0);
    assertThat(a.source().text()).isEqualTo("Mr. Kamin");
    assertThat(a.content().text()).endsWith("Taxes will rise");
  }

  @Test
  void anyCueVerbWithANominalSubjectTakesItsObject() {
    AnnotatedDocument doc = Docs.parse(Fixtures.POLLS_SHOW);
    Attribution a = attributor.attribute(doc).get(0);
    assertThat(a.source().text()).isEqualTo("Polls");
    assertThat(a.content().text()).isEqualTo("a close contest");
  }

  @Test
  void requestWithAnAdverbialToClauseTakesItAsContent() {
    AnnotatedDocument doc = Docs.parse(Fixtures.CALLED_ON_TO_STOP);
    Attribution a = attributor.attribute(doc).get(0);
    assertThat(a.source().text()).isEqualTo("Palmieri");
    assertThat(a.content().text()).endsWith("stop attacking Machado");
  }

  @Test
  void contentEndsBeforeACoordinatedCueOfAnotherSource() {
    List<Attribution> all = attributor.attribute(Docs.parse(Fixtures.BUT_HE_SAID));
    assertThat(all).hasSize(2);
    assertThat(all.get(0).source().text()).isEqualTo("Putney");
    assertThat(all.get(0).content().text()).isEqualTo("that the video was blurred");
    assertThat(all.get(1).source().text()).isEqualTo("he");
    assertThat(all.get(1).content().text()).isEqualTo("witnesses saw a gun");
  }

  @Test
  void countedSourceAndNegatedContent() {
    AnnotatedDocument doc = Docs.parse(Fixtures.OFFICIALS_DENY_PART);
    Attribution a = attributor.attribute(doc).get(0);
    assertThat(a.source().count()).isEqualTo(new Count(2, Docs.find(doc, "Two")));
    assertThat(a.source().affiliations()).extracting(Phrase::text).containsExactly("US", "defense");
    assertThat(a.status()).isEqualTo(ClaimStatus.NEGATED);
    assertThat(a.statusCue().text()).isEqualTo("did not");
  }

  @Test
  void deniedClaimKeepsItsCue() {
    AnnotatedDocument doc = Docs.parse(Fixtures.MINISTRY_DENIED);
    Attribution a = attributor.attribute(doc).get(0);
    assertThat(a.status()).isEqualTo(ClaimStatus.NEGATED);
    assertThat(a.statusCue().text()).isEqualTo("denied");
    assertThat(a.source().text()).isEqualTo("The ministry");
  }

  @Test
  void accordingToNamesTheSourceAndTheRestIsContent() {
    AnnotatedDocument doc = Docs.parse(Fixtures.ACCORDING_TO_POLICE);
    Attribution a = attributor.attribute(doc).get(0);
    assertThat(a.cueType()).isEqualTo(CueType.ACCORDING_TO);
    assertThat(a.cue().text()).isEqualTo("according to");
    assertThat(a.source().text()).isEqualTo("police");
    assertThat(a.content().text()).isEqualTo("Troops entered the town");
  }

  @Test
  void sentenceWithoutCueHasNoAttribution() {
    assertThat(attributor.attribute(Docs.parse(Fixtures.RELEASED))).isEmpty();
  }

  @Test
  void emptyDocumentHasNoAttributions() {
    Article article = new Article("e", "test", "", null, null, null, null, null, Map.of());
    AnnotatedDocument doc =
        new AnnotatedDocument(article, EnumSet.allOf(Layer.class), List.of(), List.of(), List.of(),
            List.of(), List.of());
    assertThat(attributor.attribute(doc)).isEmpty();
  }

  @Test
  void documentWithoutParseIsRefusedNamingTheLayer() {
    AnnotatedDocument parsed = Docs.parse(Fixtures.OFFICIALS_SAID);
    AnnotatedDocument unparsed =
        new AnnotatedDocument(parsed.article(), Set.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS),
            parsed.sentences(), List.of(), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> attributor.attribute(unparsed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DEPENDENCIES");
  }

  @Test
  void lexiconWithoutCueVerbsFailsFast() {
    ClaimLexicon d = ClaimLexicon.defaults();
    assertThatThrownBy(
            () -> new ClaimLexicon(Set.of(), Set.of(), d.cueNouns(), d.cueStatus(), d.intentVerbs(),
                d.negatingVerbs(), d.unverifiedAdverbs(), d.hedgeAdverbs(), d.outlets(), d.documents(), d.sectors()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ClaimLexicon.defaults()");
  }

  static List<String> fixtures() {
    return Fixtures.all();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everySpanPointsAtItsTextAndContentNeverHoldsTheCue(String conll) {
    AnnotatedDocument doc = Docs.parse(conll);
    String text = doc.article().text();
    for (Attribution a : attributor.attribute(doc)) {
      assertThat(a.cue().span().of(text)).isEqualTo(a.cue().text());
      if (a.content() != null) {
        assertThat(a.content().span().of(text)).isEqualTo(a.content().text());
        assertThat(a.content().span().overlaps(a.cue().span())).isFalse();
      }
      Span s = a.source().span();
      if (s != null) {
        assertThat(s.of(text)).isEqualTo(a.source().text());
      }
    }
  }

  @Test
  void participleCueTakesTheSubjectOfItsClause() {
    AnnotatedDocument doc = Docs.parse("""
        Trump NNP Trump PERSON 2 nsubj
        defended VBD defend O 0 root
        the DT the O 4 det
        plan NN plan O 2 obj
        , , , O 2 punct
        saying VBG say O 2 advcl
        that IN that O 10 mark
        taxes NNS tax O 10 nsubj
        would MD would O 10 aux
        fall VB fall O 6 ccomp
        . . . O 2 punct
        """);
    Attribution a = attributor.attribute(doc).stream()
        .filter(x -> x.cue().text().equals("saying")).findFirst().orElseThrow();
    assertThat(a.source().text()).isEqualTo("Trump");
    assertThat(a.content().text()).isEqualTo("that taxes would fall");
  }

  @Test
  void relativePronounIsASourceButExpletiveItIsNot() {
    AnnotatedDocument relative = Docs.parse("""
        The DT the O 2 det
        agency NN agency O 0 root
        , , , O 2 punct
        which WDT which O 5 nsubj
        said VBD say O 2 acl:relcl
        prices NNS price O 7 nsubj
        rose VBD rise O 5 ccomp
        . . . O 2 punct
        """);
    assertThat(relative.sentences()).hasSize(1);
    assertThat(attributor.attribute(relative).get(0).source().text()).isEqualTo("which");
    AnnotatedDocument expletive = Docs.parse("""
        It PRP it O 3 nsubj:pass
        was VBD be O 3 aux:pass
        said VBN say O 0 root
        prices NNS price O 5 nsubj
        rose VBD rise O 3 ccomp
        . . . O 3 punct
        """);
    assertThat(attributor.attribute(expletive).get(0).source().kind()).isEqualTo(SourceKind.ARTICLE);
  }

}
