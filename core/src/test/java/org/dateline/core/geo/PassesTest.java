package org.dateline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names resolved against each other's choices, pass after pass. */
class PassesTest {
  /**
   * Two names, each with a reading in England and one in Connecticut. On population and the
   * other's readings alone, "Alden" is the English city and "Brack" the Connecticut town 98 km
   * from the small Alden; on the next pass each backs the other's other reading. Updated at once,
   * they swap (Alden in Connecticut, Brack in England); updated in turn, they agree.
   */
  private static Gazetteer gazetteer() {
    GazetteerBuilder b = new GazetteerBuilder();
    b.addCountry("GB", "GBR", "United Kingdom", 2635167, List.of("UK"), List.of("British"), 54,
        -2, 0);
    b.addCountry("US", "USA", "United States", 6252001, List.of("US"), List.of("American"),
        39.76, -98.5, 0);
    b.addAdmin1("GB", "ENG", "England", 0, List.of(), Double.NaN, Double.NaN);
    b.addAdmin1("US", "CT", "Connecticut", 0, List.of(), Double.NaN, Double.NaN);
    b.addPlace(1, "Alden", List.of(), 51.5, -0.1, 'P', "PPL", "GB", "ENG", "", 450_000);
    b.addPlace(2, "Alden", List.of(), 41.5, -72.1, 'P', "PPL", "US", "CT", "", 2_000);
    b.addPlace(3, "Brack", List.of(), 54.9, -1.4, 'P', "PPL", "GB", "ENG", "", 50_000);
    b.addPlace(4, "Brack", List.of(), 42.3, -72.6, 'P', "PPL", "US", "CT", "", 45_000);
    return b.build();
  }

  @Test
  void namesThatBackEachOthersOtherReadingEndInOneCountry() {
    String text = "Alden lost.\nBrack won.";
    List<Place> places = new Geoparser(gazetteer()).places(GeoFixtures.doc(text,
        "Alden=CITY", "Brack=CITY"));
    assertThat(places).extracting(p -> p.entry().countryIso2()).containsOnly(
        places.get(0).entry().countryIso2());
  }
}
