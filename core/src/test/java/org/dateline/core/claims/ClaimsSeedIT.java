package org.dateline.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.json.DocumentJson;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.pipeline.DatelinePipeline;
import org.dateline.core.testkit.SharedAnnotator;
import org.dateline.core.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 5 on the reference article: sources, statuses and the contradiction over US forces. */
class ClaimsSeedIT {
  static CodedDocument coded;
  static AnnotatedDocument doc;
  static String text;
  static final ClaimAnalyzer ANALYZER = new ClaimAnalyzer(new Attributor());

  @BeforeAll
  static void code() {
    IngestOptions options =
        new IngestOptions(IngestOptions.InputFormat.TEXT, LocalDate.of(2015, 12, 26), null, 1_000_000);
    IngestResult r = new ArticleReader(options).read(SharedData.seedArticle()).next();
    assertThat(r).isInstanceOf(IngestResult.Ok.class);
    coded = new DatelinePipeline(SharedAnnotator.full()).code(((IngestResult.Ok) r).article());
    doc = coded.annotated();
    text = doc.article().text();
  }

  /** The claim about the {@code occurrence}-th (from 1) appearance of {@code word}. */
  static Claim claim(String word, int occurrence) {
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = text.indexOf(word, at + 1);
      assertThat(at).as("occurrence %d of %s", occurrence, word).isGreaterThanOrEqualTo(0);
    }
    Span trigger = new Span(at, at + word.length());
    int sentence = -1;
    for (Sentence s : doc.sentences()) {
      if (s.span().contains(trigger)) {
        sentence = s.index();
      }
    }
    return ANALYZER.claimFor(doc, coded.attributions(), sentence, trigger);
  }

  static String nameOf(Source s) {
    return s.name() == null ? s.text() : s.name().text();
  }

  @Test
  void appealIsUnverifiedAndComesThroughTheNdtvChain() {
    Claim c = claim("implored", 1);
    assertThat(c.status()).isEqualTo(ClaimStatus.UNVERIFIED);
    assertThat(c.statusCue().text()).isIn("purportedly", "could not be confirmed");
    assertThat(c.source().kind()).isEqualTo(SourceKind.ARTICLE);
    assertThat(c.source().text()).isEqualTo("BBN");
    assertThat(c.source().via()).isNotNull();
    assertThat(c.source().via().kind()).isEqualTo(SourceKind.OUTLET);
    assertThat(c.source().via().text()).contains("NDTV");
  }

  @Test
  void reportsOfDeathAreHedgedNotAsserted() {
    Claim killed = claim("killed", 1);
    assertThat(killed.status()).isIn(ClaimStatus.HEDGED, ClaimStatus.UNVERIFIED);
    assertThat(killed.statusCue()).isNotNull();
    assertThat(killed.cue().text()).isEqualTo("reports");
  }

  @Test
  void ramadiDistrictClearedIsReportedByIraqiOfficials() {
    Claim c = claim("cleared", 1);
    assertThat(c.status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(c.source().text()).isEqualTo("Iraqi officials");
    assertThat(c.source().kind()).isEqualTo(SourceKind.GROUP);
    assertThat(c.cue().text()).isEqualTo("said");
  }

  @Test
  void alRiyadhAssaultIsReportedBySecurityOfficialsInNorthernIraq() {
    Claim c = claim("assault", 1);
    assertThat(c.status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(c.source().text()).isEqualTo("Security officials in northern Iraq");
    assertThat(c.source().place().text()).isEqualTo("northern Iraq");
  }

  @Test
  void leadersKilledAndCapturedComeFromGeneralKadir() {
    for (Claim c : List.of(claim("killed", 2), claim("captured", 1))) {
      assertThat(c.status()).isEqualTo(ClaimStatus.REPORTED);
      Source s = c.source();
      assertThat(s.kind()).isEqualTo(SourceKind.PERSON);
      assertThat(nameOf(s)).isEqualTo("Gen. Sarhad Kadir");
      assertThat(s.description().text()).isEqualTo("a police commander in Kirkuk");
      assertThat(s.place().text()).isEqualTo("Kirkuk");
      assertThat(s.affiliations()).extracting(Phrase::text).contains("police");
      assertThat(s.description().span().of(text)).isEqualTo(s.description().text());
    }
    assertThat(claim("killed", 2).count().value()).isEqualTo(2);
  }

  @Test
  void usParticipationIsDeniedByTwoDefenseOfficialsAndContradictsTheSecurityOfficials() {
    Claim denied = claim("take part", 1);
    assertThat(denied.status()).isEqualTo(ClaimStatus.NEGATED);
    assertThat(denied.statusCue().text()).isEqualTo("did not");
    assertThat(denied.source().text()).isEqualTo("Two US defense officials");
    assertThat(denied.source().count().value()).isEqualTo(2);
    assertThat(denied.source().affiliations()).extracting(Phrase::text).contains("US", "defense");

    Claim asserted = claim("carried out", 1);
    List<Disagreement> found = new Contradictions().among(List.of(asserted, denied));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(Disagreement.Kind.ASSERTED_VS_DENIED);
    assertThat(found.get(0).explanation())
        .contains("Security officials in northern Iraq")
        .contains("Two US defense officials");
  }

  @Test
  void fourthMajorLossIsHypothetical() {
    Claim c = claim("loss", 1);
    assertThat(c.status()).isEqualTo(ClaimStatus.HYPOTHETICAL);
    assertThat(c.statusCue().text()).isEqualTo("would");
  }

  @Test
  void baghdadiDidNotReferToTheKillingsIsNegated() {
    Claim c = claim("refer to recent", 1);
    assertThat(c.status()).isEqualTo(ClaimStatus.NEGATED);
    assertThat(c.statusCue().text()).isEqualTo("did not");
    // The killings themselves are not negated.
    assertThat(claim("connected", 1).status()).isEqualTo(ClaimStatus.ASSERTED);
  }

  @Test
  void hopingToDealABlowIsIntended() {
    Claim c = claim("deal", 1);
    assertThat(c.status()).isEqualTo(ClaimStatus.FUTURE);
    assertThat(c.statusCue().text()).isEqualTo("hoping");
  }

  @Test
  void residentsCarryTheirAges() {
    assertThat(coded.attributions())
        .filteredOn(a -> a.source().age() != null)
        .extracting(a -> nameOf(a.source()) + "/" + a.source().age().value())
        .contains("Ahmed al-Jiboor/42", "Sana Ibrahim/26");
  }

  @Test
  void everySpanIsTheTextItPointsAt() {
    for (Attribution a : coded.attributions()) {
      assertThat(a.cue().span().of(text)).isEqualTo(a.cue().text());
      if (a.content() != null) {
        assertThat(a.content().span().of(text)).isEqualTo(a.content().text());
        assertThat(a.content().span().overlaps(a.cue().span())).isFalse();
      }
      if (a.source().span() != null) {
        assertThat(a.source().span().of(text)).isEqualTo(a.source().text());
      }
    }
  }

  @Test
  void jsonOutputFollowsTheSchema() throws IOException {
    DocumentJson json = new DocumentJson();
    JsonNode tree = json.toTree(coded);
    assertThat(tree.path("attributions").size()).isEqualTo(coded.attributions().size());
    try (InputStream in = DocumentJson.class.getResourceAsStream(DocumentJson.SCHEMA_RESOURCE)) {
      JsonSchema schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      assertThat(schema.validate(tree)).isEmpty();
    }
  }

  @Test
  void everyEventCarriesItsClaim() {
    assertThat(coded.events()).isNotEmpty();
    assertThat(coded.claims()).extracting(EventClaim::eventId)
        .containsExactlyElementsOf(coded.events().stream().map(e -> e.id()).toList());
    EventClaim cleared = eventClaim("cleared");
    assertThat(cleared.claim().source().text()).isEqualTo("Iraqi officials");
    assertThat(eventClaim("defeat").claim().status()).isEqualTo(ClaimStatus.HYPOTHETICAL);
    assertThat(eventClaim("implored").claim().status()).isEqualTo(ClaimStatus.UNVERIFIED);
  }

  @Test
  void theDenialOfUsParticipationContradictsTheAssaultClaim() {
    assertThat(coded.contradictions()).anySatisfy(c -> {
      assertThat(c.disagreement().kind()).isEqualTo(Disagreement.Kind.ASSERTED_VS_DENIED);
      assertThat(List.of(c.disagreement().first().source().text(), c.disagreement().second().source().text()))
          .anyMatch(s -> s.startsWith("Security officials"))
          .anyMatch(s -> s.startsWith("Two US defense officials"));
    });
  }

  private static EventClaim eventClaim(String trigger) {
    String id = coded.events().stream()
        .filter(e -> e.triggerText().equals(trigger))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event triggered by " + trigger))
        .id();
    return coded.claims().stream().filter(c -> c.eventId().equals(id)).findFirst().orElseThrow();
  }
}
