package org.dateline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X is a town in Y County": the text says which unit a place is in. */
class StatedUnitTest {
  private static Gazetteer gazetteer() {
    GazetteerBuilder b = new GazetteerBuilder();
    b.addCountry("US", "USA", "United States", 6252001, List.of("US"), List.of("American"),
        39.76, -98.5, 0);
    b.addAdmin1("US", "NC", "North Carolina", 0, List.of(), Double.NaN, Double.NaN);
    b.addAdmin1("US", "IN", "Indiana", 0, List.of(), Double.NaN, Double.NaN);
    b.addAdmin1("US", "CA", "California", 0, List.of(), Double.NaN, Double.NaN);
    b.addAdmin1("US", "WA", "Washington", 0, List.of(), Double.NaN, Double.NaN);
    b.addAdmin2("US", "NC", "191", "Wayne County", 0, 35.36, -78.0);
    b.addAdmin2("US", "IN", "027", "Daviess County", 0, 38.70, -87.07);
    b.addPlace(5563397, "Eureka", List.of(), 40.802, -124.164, 'P', "PPLA2", "US", "CA", "",
        27_191);
    b.addPlace(5481136, "Goldsboro", List.of(), 35.385, -77.993, 'P', "PPLA2", "US", "NC", "191",
        36_437);
    b.addPlace(4140963, "Washington, D. C.", List.of("Washington"), 38.895, -77.036, 'P', "PPLC",
        "US", "DC", "", 601_723);
    b.addPlace(4263681, "Washington", List.of(), 38.659, -87.173, 'P', "PPLA2", "US", "IN", "027",
        11_509);
    return b.build();
  }

  private final Geoparser geoparser = new Geoparser(gazetteer());

  @Test
  void aPlaceTheGazetteerLacksIsPlacedInTheUnitTheTextNames() {
    String text = "Eureka is a town in Wayne County, North Carolina.\nEureka lies near Goldsboro.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Eureka=CITY",
        "Wayne County=LOCATION", "North Carolina=STATE_OR_PROVINCE", "Eureka=CITY",
        "Goldsboro=CITY"));
    assertThat(places).filteredOn(p -> p.text().equals("Eureka")).hasSize(2).allSatisfy(p -> {
      assertThat(p.entry().name()).isEqualTo("Wayne County");
      assertThat(p.reason()).isEqualTo(Place.Resolution.LOCATED_IN);
    });
  }

  @Test
  void aPlaceInTheUnitTheTextNamesIsThatPlace() {
    String text = "Washington is a city in Daviess County, Indiana.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Washington=CITY",
        "Daviess County=LOCATION", "Indiana=STATE_OR_PROVINCE"));
    assertThat(places).filteredOn(p -> p.text().equals("Washington")).singleElement()
        .satisfies(p -> {
          assertThat(p.entry().admin1Code()).isEqualTo("IN");
          assertThat(p.reason()).isEqualTo(Place.Resolution.CONTAINMENT);
        });
  }

  @Test
  void aPlaceTheGazetteerLacksInANamedStateSitsAtTheArticlesMainPlaceThere() {
    String text = "Fort Tilden, North Carolina: crews from Goldsboro trained.\nGoldsboro said so.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Fort Tilden=LOCATION",
        "North Carolina=STATE_OR_PROVINCE", "Goldsboro=CITY", "Goldsboro=CITY"));
    assertThat(places).filteredOn(p -> p.text().equals("Fort Tilden")).singleElement()
        .satisfies(p -> {
          assertThat(p.entry().name()).isEqualTo("Goldsboro");
          assertThat(p.reason()).isEqualTo(Place.Resolution.CONTAINMENT);
        });
  }
}
