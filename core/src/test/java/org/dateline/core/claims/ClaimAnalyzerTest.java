package org.dateline.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimAnalyzerTest {
  private final ClaimAnalyzer analyzer = new ClaimAnalyzer(new Attributor());

  private Claim claim(String conll, String trigger) {
    AnnotatedDocument doc = Docs.parse(conll);
    Span span = Docs.find(doc, trigger);
    int sentence = 0;
    for (Sentence s : doc.sentences()) {
      if (s.span().contains(span)) {
        sentence = s.index();
      }
    }
    return analyzer.claimFor(doc, sentence, span);
  }

  @Test
  void unattributedClaimIsTheArticlesAndAsserted() {
    Claim c = claim(Fixtures.RELEASED, "released");
    assertThat(c.status()).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(c.statusCue()).isNull();
    assertThat(c.source().kind()).isEqualTo(SourceKind.ARTICLE);
    assertThat(c.source().text()).isEqualTo("Wire");
    assertThat(c.cue()).isNull();
  }

  @Test
  void subjectOfANegatedVerbIsNotNegated() {
    assertThat(claim(Fixtures.CAUSE_NOT_DETERMINED, "fire").status()).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(claim(Fixtures.CAUSE_NOT_DETERMINED, "cause").status()).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(claim(Fixtures.CAUSE_NOT_DETERMINED, "determined").status()).isEqualTo(ClaimStatus.NEGATED);
  }

  @Test
  void objectOfANegatedVerbIsNotNegatedButANegatingVerbsOwnObjectIs() {
    String notHost = """
        He PRP he O 4 nsubj
        did VBD do O 4 aux
        not RB not O 4 advmod
        host VB host O 0 root
        the DT the O 6 det
        Oscars NNPS Oscars O 4 obj
        . . . O 4 punct
        """;
    assertThat(claim(notHost, "Oscars").status()).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(claim(notHost, "host").status()).isEqualTo(ClaimStatus.NEGATED);
    String prevented = """
        Police NNS police O 2 nsubj
        prevented VBD prevent O 0 root
        an DT a O 4 det
        attack NN attack O 2 obj
        . . . O 2 punct
        """;
    assertThat(claim(prevented, "attack").status()).isEqualTo(ClaimStatus.NEGATED);
  }

  @Test
  void participationInAnEventIsDeniedWithIt() {
    AnnotatedDocument doc = Docs.parse(Fixtures.NOT_PART_IN_RAID);
    assertThat(analyzer.statusAt(doc, 0, Docs.find(doc, "raid", 1))).isEqualTo(ClaimStatus.NEGATED);
    assertThat(analyzer.statusAt(doc, 1, Docs.find(doc, "raid", 2))).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(analyzer.statusAt(doc, 1, Docs.find(doc, "hurt"))).isEqualTo(ClaimStatus.NEGATED);
  }

  @Test
  void notWithoutCancels() {
    assertThat(claim(Fixtures.NOT_WITHOUT_DRAMA, "drama").status()).isEqualTo(ClaimStatus.ASSERTED);
  }

  @Test
  void attributedClaimIsReportedWithItsSourceAndCount() {
    Claim c = claim(Fixtures.GENERAL_SAID_AFTER, "killed");
    assertThat(c.status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(c.cue().text()).isEqualTo("said");
    assertThat(c.source().name().text()).isEqualTo("Gen. Kadir");
    assertThat(c.count().value()).isEqualTo(2);
  }

  @Test
  void negationInsideReportedClauseIsNegated() {
    Claim c = claim(Fixtures.OFFICIALS_DENY_PART, "take");
    assertThat(c.status()).isEqualTo(ClaimStatus.NEGATED);
    assertThat(c.statusCue().text()).isEqualTo("did not");
    assertThat(c.source().text()).isEqualTo("Two US defense officials");
  }

  @Test
  void denialCueNegatesTheContent() {
    Claim c = claim(Fixtures.MINISTRY_DENIED, "entered");
    assertThat(c.status()).isEqualTo(ClaimStatus.NEGATED);
    assertThat(c.statusCue().text()).isEqualTo("denied");
  }

  @Test
  void wouldBeIsHypothetical() {
    Claim c = claim(Fixtures.WOULD_BE_LOSS, "loss");
    assertThat(c.status()).isEqualTo(ClaimStatus.HYPOTHETICAL);
    assertThat(c.statusCue().text()).isEqualTo("would");
  }

  @Test
  void plansToIsFuture() {
    Claim c = claim(Fixtures.PLANS_TO_VISIT, "visit");
    assertThat(c.status()).isEqualTo(ClaimStatus.FUTURE);
    assertThat(c.statusCue().text()).isEqualTo("plans");
  }

  @Test
  void mayHaveIsHedged() {
    Claim c = claim(Fixtures.MAY_HAVE_BEEN_KILLED, "killed");
    assertThat(c.status()).isEqualTo(ClaimStatus.HEDGED);
    assertThat(c.statusCue().text()).isEqualTo("may");
  }

  @Test
  void eitherOrHedgesBothConjuncts() {
    assertThat(claim(Fixtures.EITHER_OR, "killed").status()).isEqualTo(ClaimStatus.HEDGED);
    Claim wounded = claim(Fixtures.EITHER_OR, "wounded");
    assertThat(wounded.status()).isEqualTo(ClaimStatus.HEDGED);
    assertThat(wounded.statusCue().text()).isEqualTo("either");
  }

  @Test
  void couldNotBeConfirmedInTheNextSentenceMakesItUnverified() {
    Claim c = claim(Fixtures.RELEASED_UNCONFIRMED, "released");
    assertThat(c.status()).isEqualTo(ClaimStatus.UNVERIFIED);
    assertThat(c.statusCue().text()).isEqualTo("could not be confirmed");
  }

  @Test
  void conditionIsHypotheticalAndItsConsequenceFuture() {
    Claim attack = claim(Fixtures.IF_ATTACK, "attack");
    assertThat(attack.status()).isEqualTo(ClaimStatus.HYPOTHETICAL);
    assertThat(attack.statusCue().text()).isEqualTo("If");
    Claim flee = claim(Fixtures.IF_ATTACK, "flee");
    assertThat(flee.status()).isEqualTo(ClaimStatus.FUTURE);
    assertThat(flee.statusCue().text()).isEqualTo("will");
  }

  @Test
  void triggerOutsideItsSentenceIsRefused() {
    AnnotatedDocument doc = Docs.parse(Fixtures.RELEASED_UNCONFIRMED);
    Span inSecond = Docs.find(doc, "confirmed");
    assertThatThrownBy(() -> analyzer.claimFor(doc, 0, inSecond))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not in sentence 0");
    assertThatThrownBy(() -> analyzer.claimFor(doc, 7, inSecond))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
  }

  static java.util.List<String> fixtures() {
    return Fixtures.all();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyTokenGetsAClaimWhoseCuesLieInTheText(String conll) {
    AnnotatedDocument doc = Docs.parse(conll);
    String text = doc.article().text();
    var attributions = new Attributor().attribute(doc);
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        Claim c = analyzer.claimFor(doc, attributions, s.index(), t.span());
        assertThat(c.trigger()).isEqualTo(t.span());
        if (c.statusCue() != null) {
          assertThat(c.statusCue().span().of(text)).isEqualTo(c.statusCue().text());
        }
        assertThat(c.status() == ClaimStatus.ASSERTED).isEqualTo(c.statusCue() == null
            && c.cue() == null);
      }
    }
  }

  @Test
  void refusingToActNegatesTheAction() {
    Claim c = claim("""
        The DT the O 2 det
        rebels NNS rebel O 3 nsubj
        refused VBD refuse O 0 root
        to TO to O 5 mark
        release VB release O 3 xcomp
        the DT the O 7 det
        hostages NNS hostage O 5 obj
        . . . O 3 punct
        """, "release");
    assertThat(c.status()).isEqualTo(ClaimStatus.NEGATED);
    assertThat(c.statusCue().text()).isEqualTo("refused");
  }

  @Test
  void withoutAndNegativeSubjectsNegateTheirClause() {
    Claim without = claim("""
        He PRP he O 3 nsubj:pass
        was VBD be O 3 aux:pass
        arrested VBN arrest O 0 root
        without IN without O 5 case
        incident NN incident O 3 obl:without
        . . . O 3 punct
        """, "incident");
    assertThat(without.status()).isEqualTo(ClaimStatus.NEGATED);
    Claim nobody = claim("""
        Nobody NN nobody O 3 nsubj:pass
        was VBD be O 3 aux:pass
        hurt VBN hurt O 0 root
        . . . O 3 punct
        """, "hurt");
    assertThat(nobody.status()).isEqualTo(ClaimStatus.NEGATED);
    assertThat(nobody.statusCue().text()).isEqualTo("Nobody");
  }

  @Test
  void aNegatingVerbDoesNotReachAcrossAConjunct() {
    Claim c = claim("""
        He PRP he O 2 nsubj
        failed VBD fail O 0 root
        to TO to O 4 mark
        stop VB stop O 2 xcomp
        and CC and O 6 cc
        hit VBD hit O 4 conj
        a DT a O 8 det
        car NN car O 6 obj
        . . . O 2 punct
        """, "hit");
    assertThat(c.status()).isEqualTo(ClaimStatus.ASSERTED);
  }

}
