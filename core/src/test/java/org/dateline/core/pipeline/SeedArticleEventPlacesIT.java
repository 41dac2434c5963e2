package org.dateline.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventLocation;
import org.dateline.core.geo.Geoparser;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.testkit.SharedAnnotator;
import org.dateline.core.testkit.SharedData;
import org.dateline.core.testkit.SharedGazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events of the reference article carry the coordinates of the places the geoparser resolved. */
class SeedArticleEventPlacesIT {
  static CodedDocument doc;

  @BeforeAll
  static void code() {
    IngestOptions options = new IngestOptions(IngestOptions.InputFormat.TEXT,
        LocalDate.of(2015, 12, 26), null, 1_000_000);
    IngestResult.Ok ok = (IngestResult.Ok) new ArticleReader(options).read(SharedData.seedArticle()).next();
    doc = DatelinePipeline.builder(SharedAnnotator.full())
        .geoparser(Optional.of(new Geoparser(SharedGazetteer.get())))
        .build()
        .code(ok.article());
  }

  @Test
  void locatedEventsAreWhereTheirPlaceWordsSay() {
    List<Event> located = doc.events().stream().filter(e -> e.location().place() != null).toList();
    assertThat(located).hasSizeGreaterThanOrEqualTo(10);
    for (Event e : located) {
      EventLocation l = e.location();
      String words = l.text();
      String expected = words.contains("Syria") ? "SYR" : words.contains("Paris") ? "FRA" : "IRQ";
      assertThat(l.entry().countryIso3()).as(e.id() + " at " + words).isEqualTo(expected);
      assertThat(l.place().span().start()).isLessThan(l.span().end());
      assertThat(l.place().span().end()).isGreaterThan(l.span().start());
    }
  }

  @Test
  void theAssaultWestOfKirkukIsAtTheTownNamedAfterIt() {
    Event raid = doc.events().stream()
        .filter(e -> e.triggerText().equals("assault"))
        .findFirst().orElseThrow(() -> new AssertionError("no assault in: " + doc.events()));
    assertThat(raid.location().text()).isEqualTo("Al Riyadh");
    assertThat(raid.location().lat()).isCloseTo(35.27, offset(0.1));
    assertThat(raid.location().lon()).isCloseTo(43.91, offset(0.1));
  }
}
