package org.dateline.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.actors.Sector;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.json.DocumentJson;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.pipeline.DatelinePipeline;
import org.dateline.core.testkit.SharedAnnotator;
import org.dateline.core.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 4 on the reference article, with the shipped dictionaries (not the Phoenix ones). */
class SeedArticleEventsIT {
  static CodedDocument doc;
  static String text;

  @BeforeAll
  static void code() throws IOException {
    IngestOptions options =
        new IngestOptions(IngestOptions.InputFormat.TEXT, LocalDate.of(2015, 12, 26), null, 1_000_000);
    Iterator<IngestResult> it = new ArticleReader(options).read(SharedData.seedArticle());
    doc = new DatelinePipeline(SharedAnnotator.full()).code(((IngestResult.Ok) it.next()).article());
    text = doc.article().text();
  }

  static Event event(String trigger) {
    List<Event> hits = doc.events().stream().filter(e -> e.triggerText().equals(trigger)).toList();
    assertThat(hits).as("events triggered by '%s' in %s", trigger, doc.events()).isNotEmpty();
    return hits.get(0);
  }

  static Predicate<ActorMention> code(String code) {
    return a -> a.code().equals(code);
  }

  @Test
  void offensiveToRecaptureRamadiIsIraqiForcesAgainstIslamicState() {
    Event e = event("offensive");
    assertThat(e.type()).isEqualTo(PloverType.ASSAULT);
    assertThat(e.sources()).anyMatch(a -> "IRQ".equals(a.country())
        && a.sectors().containsAll(List.of(Sector.GOV, Sector.MIL)));
    assertThat(e.targets()).anyMatch(code("ISIS"));
    assertThat(e.location().text()).isEqualTo("Ramadi");
    assertThat(e.location().span().of(text)).isEqualTo("Ramadi");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    // the verb only elaborates the noun: one event, not two
    assertThat(doc.events()).noneMatch(x -> x.triggerText().equals("recapture"));
  }

  @Test
  void coalitionBombardmentIsAerialAssaultByTheUs() {
    Event e = event("bombardment");
    assertThat(e.type()).isEqualTo(PloverType.ASSAULT);
    assertThat(e.mode()).isEqualTo("aerial");
    assertThat(e.sources()).anyMatch(a -> "USA".equals(a.country()));
  }

  @Test
  void tikritWasTakenInApril2015ByIraqiForcesAndShiiteMilitias() {
    Event e = event("drove");
    assertThat(e.type()).isEqualTo(PloverType.ASSAULT);
    assertThat(e.sources()).anyMatch(code("IRQMIL")).anyMatch(code("PMF"));
    assertThat(e.targets()).anyMatch(code("ISIS"));
    assertThat(e.date().value()).isEqualTo("2015-04");
    assertThat(e.date().precision()).isEqualTo(EventDate.Precision.MONTH);
    assertThat(e.location().text()).isEqualTo("Tikrit");
  }

  @Test
  void kurdishAndUsForcesAreTwoSourcesOfTheAssault() {
    Event e = event("assault");
    assertThat(e.type()).isEqualTo(PloverType.ASSAULT);
    assertThat(e.sources()).anyMatch(code("KURMIL")).anyMatch(code("USAMIL"));
    assertThat(e.targets()).anyMatch(a -> "ISIS".equals(a.organisation()));
    // "west of Kirkuk" only says where the town lies
    assertThat(e.location().text()).isEqualTo("Al Riyadh");
  }

  @Test
  void twoLeadersKilledAndSeveralCaptured() {
    Event killed = doc.events().stream().filter(e -> e.triggerText().equals("killed") && e.sentence() > 5)
        .findFirst().orElseThrow();
    assertThat(killed.quantities()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quantity.Kind.KILLED);
      assertThat(q.value()).isEqualTo(2L);
      assertThat(q.span().of(text)).isEqualTo("Two");
    });
    Event captured = event("captured");
    assertThat(captured.type()).isEqualTo(PloverType.COERCE);
    assertThat(captured.mode()).isEqualTo("arrest");
    assertThat(captured.quantities()).singleElement()
        .satisfies(q -> assertThat(q.qualifier()).isEqualTo(Quantity.Qualifier.SEVERAL));
  }

  @Test
  void baghdadiImploresMuslimsAsLeaderOfIslamicState() {
    Event e = event("implored");
    assertThat(e.type()).isEqualTo(PloverType.REQUEST);
    assertThat(e.sources()).anyMatch(a -> "ISIS".equals(a.organisation()));
    assertThat(e.targets()).anyMatch(a -> a.text().equals("Muslims"));
    assertThat(e.date().value()).isEqualTo("2015-12-26");
  }

  @Test
  void militantsTellFightersToMobilize() {
    Event e = event("mobilize");
    assertThat(e.type()).isEqualTo(PloverType.MOBILIZE);
    // the call comes from the Islamic State's militants (the fighters themselves stay a sector-only actor)
    assertThat(doc.events()).anyMatch(x -> x.sentence() == e.sentence() && x.type() == PloverType.REQUEST
        && x.sources().stream().anyMatch(a -> "ISIS".equals(a.organisation())));
  }

  @Test
  void familiesEscapingAreCountedAsDisplaced() {
    Event e = event("escape");
    assertThat(e.quantities()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quantity.Kind.DISPLACED);
      assertThat(q.value()).isEqualTo(24L);
      assertThat(q.qualifier()).isEqualTo(Quantity.Qualifier.MORE_THAN);
      assertThat(q.text()).isEqualTo("more than two dozen");
    });
  }

  @Test
  void aDefeatThatWouldBeTheFourthLossIsNotAsserted() {
    Event e = event("defeat");
    assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(e.cues()).anyMatch(c -> c.text().equals("would") && c.span().of(text).equals("would"));
  }

  @Test
  void usForcesNotTakingPartIsNegatedButKept() {
    Event raid = doc.events().stream().filter(e -> e.triggerText().equals("raid") && e.negated()).findFirst().orElseThrow();
    assertThat(raid.type()).isEqualTo(PloverType.ASSAULT);
    assertThat(raid.cues()).anyMatch(c -> c.text().equals("not"));
  }

  @Test
  void everySpanPointsAtItsWordsAndIdsAreUnique() {
    for (Event e : doc.events()) {
      assertThat(e.trigger().of(text)).isEqualTo(e.triggerText());
      for (ActorMention a : e.sources()) {
        assertThat(a.span().of(text)).isEqualTo(a.text());
      }
      for (Quantity q : e.quantities()) {
        assertThat(q.span().of(text)).isEqualTo(q.text());
      }
      assertThat(e.id()).startsWith(doc.article().id() + ":e" + e.sentence() + ":");
    }
    assertThat(doc.events().stream().map(Event::id).distinct().count()).isEqualTo(doc.events().size());
    assertThat(doc.actors()).allMatch(a -> a.span().of(text).equals(a.text()));
  }

  @Test
  void jsonCarriesActorsAndEventsAndPloverLines() {
    DocumentJson json = new DocumentJson();
    var tree = json.toTree(doc);
    assertThat(tree.path("events").size()).isEqualTo(doc.events().size());
    assertThat(tree.path("actors").size()).isEqualTo(doc.actors().size());
    var schema = com.networknt.schema.JsonSchemaFactory
        .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
        .getSchema(DocumentJson.class.getResourceAsStream(DocumentJson.SCHEMA_RESOURCE));
    assertThat(schema.validate(tree)).isEmpty();
    assertThat(json.toPloverLines(doc)).hasSize(doc.events().size())
        .anyMatch(l -> l.contains("\"event\":\"ASSAULT\"") && l.contains("\"eventText\":\"offensive\""));
  }
}
