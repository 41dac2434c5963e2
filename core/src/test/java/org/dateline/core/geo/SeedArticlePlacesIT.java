package org.dateline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.testkit.SharedAnnotator;
import org.dateline.core.testkit.SharedData;
import org.dateline.core.testkit.SharedGazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The places issue 3 names on the reference article, with the full bundled gazetteer. */
class SeedArticlePlacesIT {
  static List<Place> places;
  static String text;

  @BeforeAll
  static void geoparse() {
    IngestOptions options = new IngestOptions(IngestOptions.InputFormat.TEXT,
        LocalDate.of(2015, 12, 26), null, 1_000_000);
    Iterator<IngestResult> it = new ArticleReader(options).read(SharedData.seedArticle());
    AnnotatedDocument doc =
        SharedAnnotator.full().annotate(((IngestResult.Ok) it.next()).article());
    text = doc.article().text();
    places = new Geoparser(SharedGazetteer.get()).places(doc);
  }

  private static List<Place> named(String mention) {
    List<Place> ps = places.stream().filter(p -> p.text().equals(mention)).toList();
    assertThat(ps).as("mentions of " + mention + " in " + places).isNotEmpty();
    return ps;
  }

  @Test
  void everySpanIsTheMentionText() {
    for (Place p : places) {
      assertThat(p.span().of(text)).isEqualTo(p.text());
    }
  }

  @Test
  void ramadiIsTheIraqiCityInAnbar() {
    for (Place p : named("Ramadi")) {
      assertThat(p.entry().countryIso2()).isEqualTo("IQ");
      assertThat(NameNormalizer.key(p.entry().admin1())).isEqualTo(NameNormalizer.key("Al Anbar"));
      assertThat(p.entry().lat()).isCloseTo(33.42, offset(0.01));
      assertThat(p.entry().lon()).isCloseTo(43.31, offset(0.01));
    }
  }

  @Test
  void tikritKirkukAndAnbar() {
    assertThat(named("Tikrit")).allSatisfy(p -> {
      assertThat(p.entry().name()).isEqualTo("Tikrīt");
      assertThat(p.entry().countryIso2()).isEqualTo("IQ");
    });
    assertThat(named("Kirkuk")).allSatisfy(p -> {
      assertThat(p.entry().countryIso2()).isEqualTo("IQ");
      assertThat(p.entry().level()).isEqualTo(GeoEntry.Level.POPULATED_PLACE);
    });
    assertThat(named("Anbar")).allSatisfy(p -> {
      assertThat(p.entry().level()).isEqualTo(GeoEntry.Level.ADMIN1);
      assertThat(p.entry().countryIso2()).isEqualTo("IQ");
    });
  }

  @Test
  void alRiyadhWestOfKirkukIsTheIraqiTownNotTheSaudiCapital() {
    Place p = places.stream().filter(x -> x.text().contains("Riyadh")).findFirst().orElseThrow();
    assertThat(p.entry().countryIso2()).isEqualTo("IQ");
    assertThat(p.entry().admin1()).isEqualTo("Kirkuk");
    assertThat(p.entry().lat()).isCloseTo(35.27, offset(0.01));
    assertThat(p.entry().lon()).isCloseTo(43.91, offset(0.01));
    assertThat(p.reason()).isEqualTo(Place.Resolution.RELATIVE_ANCHOR);
    assertThat(places).anySatisfy(k -> {
      assertThat(k.text()).isEqualTo("Kirkuk");
      assertThat(k.relative()).isNotNull();
      assertThat(k.relative().direction()).isEqualTo("west");
    });
  }

  @Test
  void parisSanBernardinoAndTheCountries() {
    assertThat(named("Paris")).allSatisfy(p -> assertThat(p.entry().countryIso2()).isEqualTo("FR"));
    assertThat(named("San Bernardino")).allSatisfy(p -> {
      assertThat(p.entry().countryIso2()).isEqualTo("US");
      assertThat(p.entry().admin1()).isEqualTo("California");
    });
    for (String country : List.of("Syria", "Iraq")) {
      assertThat(named(country)).allSatisfy(p -> {
        assertThat(p.entry().level()).isEqualTo(GeoEntry.Level.COUNTRY);
        assertThat(p.reason()).isEqualTo(Place.Resolution.COUNTRY_NAME);
      });
    }
  }

  @Test
  void datelineIsBaghdad() {
    Place p = places.stream().filter(x -> x.source() == Place.Source.DATELINE)
        .filter(x -> x.text().equals("Baghdad")).findFirst().orElseThrow();
    assertThat(p.entry().countryIso2()).isEqualTo("IQ");
    assertThat(p.entry().featureCode()).isEqualTo("PPLC");
  }

  @Test
  void demonymsAreNotPlaces() {
    assertThat(places).noneMatch(p -> p.text().equals("Iraqi") || p.text().equals("Kurdish"));
  }
}
