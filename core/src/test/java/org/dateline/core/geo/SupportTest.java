package org.dateline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupportTest {
  private static GeoEntry place(String name, double lat, double lon, String cc, String a1,
      String a2, long pop) {
    return new GeoEntry(1, name, lat, lon, 'P', "PPL", cc, "", a1, "", a2, pop);
  }

  private static GeoEntry unit(String code, String name, String cc, String a1, String a2) {
    return new GeoEntry(0, name, 40, -83, 'A', code, cc, "", a1, "", a2, 0);
  }

  private final GeoEntry dublinOhio = place("Dublin", 40.10, -83.11, "US", "OH", "Franklin County",
      41_000);
  private final GeoEntry dublinIreland = place("Dublin", 53.33, -6.25, "IE", "L", "", 1_000_000);

  @Test
  void aCountyTheArticleNamesBacksThePlacesInsideIt() {
    GeoEntry franklinOhio = unit("ADM2", "Franklin County", "US", "OH", "Franklin County");
    GeoEntry franklinTexas = unit("ADM2", "Franklin County", "US", "TX", "Franklin County");
    assertThat(Support.relation(dublinOhio, franklinOhio)).isEqualTo(1.0);
    assertThat(Support.relation(dublinOhio, franklinTexas)).isZero();
    assertThat(Support.relation(dublinIreland, franklinOhio)).isZero();
  }

  @Test
  void nearbyPlacesBackEachOtherAndDistantOnesDoNot() {
    GeoEntry columbus = place("Columbus", 39.96, -83.00, "US", "OH", "Franklin County", 850_000);
    GeoEntry cleveland = place("Cleveland", 41.50, -81.69, "US", "OH", "Cuyahoga County", 370_000);
    assertThat(Support.relation(dublinOhio, columbus)).isEqualTo(1.0);
    assertThat(Support.relation(dublinOhio, cleveland)).isEqualTo(0.3); // same state, 200 km
    assertThat(Support.relation(dublinIreland, columbus)).isZero();
  }

  @Test
  void listSiblingsBackEachOtherOnlyByNearness() {
    GeoEntry ohio = unit("ADM1", "Ohio", "US", "OH", "");
    GeoEntry columbus = place("Columbus", 39.96, -83.00, "US", "OH", "Franklin County", 850_000);
    GeoEntry cleveland = place("Cleveland", 41.50, -81.69, "US", "OH", "Cuyahoga County", 370_000);
    assertThat(Support.siblingRelation(dublinOhio, ohio)).isZero(); // "Dublin and Ohio" are parallel
    assertThat(Support.siblingRelation(dublinOhio, cleveland)).isZero(); // a shared state is no sign
    assertThat(Support.siblingRelation(dublinOhio, columbus)).isEqualTo(1.0);
  }

  @Test
  void countriesNeitherGiveNorTakeSupport() {
    GeoEntry ireland = new GeoEntry(0, "Ireland", 53, -8, 'A', "PCLI", "IE", "IRL", "", "", "", 0);
    assertThat(Support.relation(dublinIreland, ireland)).isZero();
    assertThat(Support.relation(ireland, dublinIreland)).isZero();
  }
}
