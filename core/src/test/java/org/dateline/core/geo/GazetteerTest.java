package org.dateline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @TempDir Path tmp;

  @Test
  void looksUpByNormalisedNameWithAdminChain() {
    Gazetteer g = GeoFixtures.gazetteer();
    List<Gazetteer.Candidate> hits = g.lookup("Al Riyadh");
    assertThat(hits).filteredOn(c -> c.entry().level() == GeoEntry.Level.POPULATED_PLACE)
        .extracting(c -> c.entry().countryIso2()).containsExactlyInAnyOrder("SA", "IQ");
    GeoEntry iraqi = hits.stream().map(Gazetteer.Candidate::entry)
        .filter(e -> e.countryIso2().equals("IQ")).findFirst().orElseThrow();
    assertThat(iraqi.name()).isEqualTo("Ar Riyāḑ");
    assertThat(iraqi.admin1()).isEqualTo("Kirkuk");
    assertThat(iraqi.countryIso3()).isEqualTo("IRQ");
    assertThat(iraqi.lat()).isCloseTo(35.27, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void adminUnitsResolveWithOrWithoutUnitWords() {
    Gazetteer g = GeoFixtures.gazetteer();
    for (String q : List.of("Anbar", "Al Anbar Governorate", "Anbar Province")) {
      assertThat(g.lookup(q)).as(q).anySatisfy(c -> {
        assertThat(c.entry().level()).isEqualTo(GeoEntry.Level.ADMIN1);
        assertThat(c.entry().countryIso2()).isEqualTo("IQ");
        assertThat(c.entry().geonameId()).isEqualTo(99592);
      });
    }
    assertThat(g.lookup("Kirkuk province")).extracting(c -> c.entry().level())
        .containsExactly(GeoEntry.Level.ADMIN1);
    // With no coordinates in admin1CodesASCII, the unit sits at the centre of its places.
    GeoEntry anbar = g.lookup("Anbar").get(0).entry();
    assertThat(anbar.lat()).isCloseTo(33.42, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void anotherSourcesNameForATownIsOneOfItsOwn() {
    GazetteerBuilder b = new GazetteerBuilder();
    b.addPlace(3164603, "Venezia", List.of("Venice", "Venedig", "Venise"), 45.4386, 12.3267, 'P',
        "PPLA", "IT", "20", "VE", 270_816);
    b.addPlace(1819729, "Hong Kong", List.of("Victoria", "Xianggang"), 22.2783, 114.1747, 'P',
        "PPLC", "HK", "", "", 7_012_738);
    b.addPlace(0, "Venice", List.of(), 45.4371, 12.3327, 'P', "PPL", "IT", "20", "VE", 0);
    b.addPlace(0, "Victoria", List.of(), 22.2855, 114.1577, 'P', "PPL", "HK", "", "", 0);
    Gazetteer g = b.build();
    assertThat(g.lookup("Venice")).singleElement().satisfies(c -> {
      assertThat(c.entry().name()).isEqualTo("Venezia");
      assertThat(c.primaryName()).isTrue();
      assertThat(c.otherOwnName()).isTrue();
    });
    assertThat(g.lookup("Venise")).singleElement()
        .satisfies(c -> assertThat(c.primaryName()).isFalse());
    // "Victoria" is another place beside Hong Kong, not another name for it.
    assertThat(g.lookup("Victoria")).hasSize(2)
        .anySatisfy(c -> assertThat(c.entry().name()).isEqualTo("Victoria"))
        .allSatisfy(c -> assertThat(c.otherOwnName()).isFalse());
    assertThat(g.size()).isEqualTo(3);
  }

  @Test
  void countriesAndDemonyms() {
    Gazetteer g = GeoFixtures.gazetteer();
    assertThat(g.lookup("Iraq")).extracting(c -> c.entry().featureCode()).containsExactly("PCLI");
    assertThat(g.lookup("US")).extracting(c -> c.entry().countryIso3()).containsExactly("USA");
    assertThat(g.countryOfDemonym("Iraqis")).map(Gazetteer.Country::iso3).contains("IRQ");
    assertThat(g.isDemonym("Kurdish")).isTrue();
    assertThat(g.isDemonym("Kirkuk")).isFalse();
  }

  @Test
  void landmarkNamesLeadToTheLandmarkNotToSmallNamesakes() {
    GazetteerBuilder b = GeoFixtures.builder();
    b.addPlace(4660000, "White House", List.of(), 36.47, -86.65, 'P', "PPL", "US", "TN", "", 12_000);
    b.addPlace(4660001, "Big Town", List.of("Heathrow"), 10, 10, 'P', "PPLA", "US", "TN", "",
        500_000);
    Gazetteer g = b.build();
    assertThat(g.lookup("White House")).singleElement().satisfies(c -> {
      assertThat(c.entry().featureCode()).isEqualTo("BLDG");
      assertThat(c.entry().featureClass()).isEqualTo('S');
      assertThat(c.entry().distanceKm(38.8977, -77.0365)).isLessThan(1);
    });
    assertThat(g.lookup("Oval Office")).extracting(c -> c.entry().name())
        .containsExactly("White House");
    // A city large enough to be news in its own right keeps a name it shares with a landmark.
    assertThat(g.lookup("Heathrow")).extracting(c -> c.entry().name())
        .containsExactlyInAnyOrder("Heathrow Airport", "Big Town");
  }

  @Test
  void bigCitiesKeepTheirInitialsAndStatesTheirPostalCodes() {
    GazetteerBuilder b = GeoFixtures.builder();
    b.addPlace(5368361, "Los Angeles", List.of("LA", "L.A."), 34.05, -118.24, 'P', "PPLA2",
        "US", "CA", "037", 3_900_000);
    b.addPlace(4660002, "Smallville", List.of("SV"), 36.0, -86.0, 'P', "PPL", "US", "TN", "",
        40_000);
    Gazetteer g = b.build();
    assertThat(g.lookup("L.A.")).extracting(c -> c.entry().name()).contains("Los Angeles");
    assertThat(g.lookup("SV")).isEmpty();
  }

  @Test
  void indexFileRoundTrips() {
    Gazetteer g = GeoFixtures.gazetteer();
    Path f = tmp.resolve("sub/g.bin");
    GazetteerFile.write(g, f);
    assertThat(GazetteerFile.isCurrent(f)).isTrue();
    Gazetteer back = GazetteerFile.read(f);
    assertThat(back.size()).isEqualTo(g.size());
    assertThat(back.nameCount()).isEqualTo(g.nameCount());
    for (int i = 0; i < g.size(); i++) {
      GeoEntry a = g.entry(i);
      GeoEntry b = back.entry(i);
      assertThat(b.name()).isEqualTo(a.name());
      assertThat(b.geonameId()).isEqualTo(a.geonameId());
      assertThat(b.admin1()).isEqualTo(a.admin1());
      assertThat((float) b.lat()).isEqualTo((float) a.lat());
    }
    assertThat(back.lookup("Tikrit")).hasSize(1);
  }

  @Test
  void aCuratedNameOfACountryIsAPlaceNotItsDemonym() {
    GazetteerBuilder b = new GazetteerBuilder();
    // world-countries calls Vatican City's people "Vatican"; extra-places.tsv names it so.
    b.addCountry("VA", "VAT", "Vatican City", 0, List.of(), List.of("Vatican"), 41.9, 12.45, 0);
    b.addCountry("IQ", "IRQ", "Iraq", 0, List.of(), List.of("Iraqi"), 33, 44, 0);
    BundledLexicons.addExtraPlaces(b);
    Gazetteer g = b.build();
    assertThat(g.isDemonym("Vatican")).isFalse();
    assertThat(g.lookup("Vatican")).extracting(c -> c.entry().name()).contains("Vatican City");
    assertThat(g.lookup("Holy See")).extracting(c -> c.entry().name()).contains("Vatican City");
    assertThat(g.isDemonym("Iraqi")).isTrue();
  }

  @Test
  void aGeoNamesDumpsCountryRowIsTheDeclaredCountryWithGeoNamesPoint() {
    GazetteerBuilder b = new GazetteerBuilder();
    // The packages' country, then countryInfo's, then allCountries' row of the same country.
    b.addCountry("NL", "NLD", "Netherlands", 0, List.of("Holland"), List.of("Dutch"), 52.5, 5.75,
        0);
    b.addCountry("NL", "NLD", "Netherlands", 2750405, List.of(), List.of(), Double.NaN,
        Double.NaN, 17_000_000);
    b.addPlace(2750405, "Kingdom of the Netherlands", List.of("The Netherlands"), 52.25, 5.75, 'A',
        "PCLI", "NL", "00", "", 17_000_000);
    Gazetteer g = b.build();
    assertThat(g.lookup("Netherlands")).singleElement().satisfies(c -> {
      assertThat(c.entry().geonameId()).isEqualTo(2750405);
      assertThat(c.entry().lat()).isEqualTo(52.25);
      assertThat(c.entry().level()).isEqualTo(GeoEntry.Level.COUNTRY);
    });
    assertThat(g.lookup("Kingdom of the Netherlands")).extracting(c -> c.entry().geonameId())
        .containsExactly(2750405L);
    assertThat(g.lookup("Holland")).extracting(c -> c.entry().geonameId())
        .containsExactly(2750405L);
  }

  @Test
  void garbageIndexIsRejectedNamingTheFix() throws IOException {
    Path f = tmp.resolve("bad.bin");
    Files.writeString(f, "not an index at all");
    assertThat(GazetteerFile.isCurrent(f)).isFalse();
    assertThatThrownBy(() -> GazetteerFile.read(f)).hasMessageContaining("delete it");
  }

  @Test
  void malformedDumpLineNamesFileAndLine() throws IOException {
    Path f = tmp.resolve("places.txt");
    Files.writeString(f, "1\tA\tA\t\t1.0\t2.0\tP\tPPL\tXX\t\t01\t\t\t\t0\t\t0\tUTC\t2020-01-01\n"
        + "2\tB\tB\t\tnot-a-number\t2.0\tP\tPPL\tXX\t\t01\t\t\t\t0\t\t0\tUTC\t2020-01-01\n");
    assertThatThrownBy(() -> new GeoNamesDumpReader().readPlaces(f, new GazetteerBuilder(), x -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("places.txt:2");
    Files.writeString(f, "only\tthree\tfields\n");
    assertThatThrownBy(() -> new GeoNamesDumpReader().readPlaces(f, new GazetteerBuilder(), x -> {}))
        .hasMessageContaining(":1: expected at least 15");
  }

  @Test
  void missingSourcesFailNamingTheFix() {
    assertThatThrownBy(() -> GazetteerLoader.load(
        new GazetteerConfig(tmp.resolve("nowhere"), tmp.resolve("idx.bin"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dateline setup");
  }
}
