package org.dateline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.core.model.Dateline;
import org.dateline.core.model.Span;
import org.junit.jupiter.api.Test;

/** Names shared by a capital or big city and a state or county, and unit abbreviations. */
class ProminenceTest {
  private static Gazetteer gazetteer() {
    GazetteerBuilder b = withUnitedStates();
    b.addCountry("CA", "CAN", "Canada", 6251999, List.of(), List.of("Canadian"), 60.1, -113.6, 0);
    b.addPlace(4140963, "Washington, D. C.", List.of("Washington", "Washington D.C."), 38.895,
        -77.036, 'P', "PPLC", "US", "DC", "", 601_723);
    b.addPlace(5809844, "Seattle", List.of(), 47.606, -122.332, 'P', "PPLA2", "US", "WA", "",
        608_660);
    b.addPlace(4833425, "Washington", List.of(), 39.66, -91.70, 'P', "PPL", "US", "MO", "",
        13_982);
    b.addPlace(5128581, "New York City", List.of("New York"), 40.714, -74.006, 'P', "PPL", "US",
        "NY", "", 8_175_133);
    b.addPlace(5106834, "Albany", List.of(), 42.653, -73.756, 'P', "PPLA", "US", "NY", "",
        97_856);
    b.addPlace(6173331, "Vancouver", List.of(), 49.25, -123.12, 'P', "PPL", "CA", "02", "",
        600_000);
    b.addAdmin1("US", "WA", "Washington", 0, List.of(), Double.NaN, Double.NaN);
    b.addAdmin1("US", "NY", "New York", 0, List.of(), Double.NaN, Double.NaN);
    b.addAdmin1("US", "MO", "Missouri", 0, List.of(), Double.NaN, Double.NaN);
    b.addAdmin1("CA", "02", "British Columbia", 0, List.of(), Double.NaN, Double.NaN);
    b.addUnitAbbreviations();
    return b.build();
  }

  private final Geoparser geoparser = new Geoparser(gazetteer());

  /** A builder with the United States declared, for the fixtures of US namesakes. */
  private static GazetteerBuilder withUnitedStates() {
    GazetteerBuilder b = new GazetteerBuilder();
    b.addCountry("US", "USA", "United States", 6252001, List.of("US"), List.of("American"),
        39.76, -98.5, 0);
    return b;
  }

  private Place only(List<Place> places, String text) {
    return places.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void washingtonAndNewYorkAloneAreTheCapitalAndTheCity() {
    String text = "Officials in Washington and New York met.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Washington=STATE_OR_PROVINCE",
        "New York=STATE_OR_PROVINCE"));
    assertThat(only(places, "Washington").entry().featureCode()).isEqualTo("PPLC");
    assertThat(only(places, "New York").entry().name()).isEqualTo("New York City");
  }

  @Test
  void aUnitWordOrAStateNeighbourStillGivesTheState() {
    String text = "Storms hit Washington state.\nSeattle and Washington flooded.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Washington=STATE_OR_PROVINCE",
        "Seattle=CITY", "Washington=STATE_OR_PROVINCE"));
    assertThat(only(places, "Washington").entry().featureCode()).isEqualTo("ADM1");
  }

  @Test
  void anUnqualifiedDatelineTakesTheProminentReadingForTheWholeArticle() {
    String text = "WASHINGTON (AP) - Lawmakers in Missouri met. Washington said no.";
    Dateline dl = new Dateline(new Span(0, 18), "WASHINGTON", new Span(0, 10), "AP",
        new Span(12, 14), null, null, null);
    List<Place> places = geoparser.places(GeoFixtures.doc(text, dl, "Missouri=STATE_OR_PROVINCE",
        "Washington=CITY"));
    assertThat(places).filteredOn(p -> p.text().equalsIgnoreCase("Washington"))
        .hasSize(2).allSatisfy(p -> assertThat(p.entry().featureCode()).isEqualTo("PPLC"));
  }

  @Test
  void theDatelinesStateNamedInFullIsTheState() {
    String text = "SEATTLE, Wash. (AP) - Crews back from Washington, D.C., trained at home in "
        + "Washington.";
    Dateline dl = new Dateline(new Span(0, 19), "SEATTLE, Wash.", new Span(0, 14), "AP",
        new Span(16, 18), null, null, null);
    List<Place> places = geoparser.places(GeoFixtures.doc(text, dl, "Washington=CITY",
        "D.C.=STATE_OR_PROVINCE", "Washington=STATE_OR_PROVINCE"));
    Place washington = places.stream().filter(p -> p.span().start() > 70).findFirst()
        .orElseThrow();
    assertThat(washington.entry().featureCode()).isEqualTo("ADM1");
    assertThat(washington.detail()).contains("Wash.");
  }

  @Test
  void anOrganisationIsNamedAfterTheKnownTownAbroad() {
    GazetteerBuilder b = withUnitedStates();
    b.addCountry("GB", "GBR", "United Kingdom", 2635167, List.of("UK"), List.of("British"), 54,
        -2, 0);
    b.addPlace(2657832, "Aberdeen", List.of(), 57.144, -2.098, 'P', "PPLA2", "GB", "SCT", "",
        183_790);
    b.addPlace(5225857, "Aberdeen", List.of(), 45.465, -98.486, 'P', "PPLA2", "US", "SD", "",
        26_091);
    Geoparser g = new Geoparser(b.build());
    List<Place> firm = g.places(GeoFixtures.doc("US and UK investors left Aberdeen Asset "
        + "Management.\nUS rates rose.", "US=COUNTRY", "UK=COUNTRY",
        "Aberdeen Asset Management=ORGANIZATION", "US=COUNTRY"));
    assertThat(firm).filteredOn(p -> p.text().equals("Aberdeen")).singleElement()
        .satisfies(p -> assertThat(p.entry().countryIso2()).isEqualTo("GB"));
    // Named alone in a US article, the town seven times smaller is still meant.
    List<Place> town = g.places(GeoFixtures.doc("US and UK investors moved to Aberdeen.\n"
        + "US rates rose.", "US=COUNTRY", "UK=COUNTRY", "Aberdeen=CITY", "US=COUNTRY"));
    assertThat(town).filteredOn(p -> p.text().equals("Aberdeen")).singleElement()
        .satisfies(p -> assertThat(p.entry().countryIso2()).isEqualTo("US"));
  }

  @Test
  void anItemListedWithAStateIsAState() {
    String text = "Firms left states such as Missouri or Washington.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Missouri=STATE_OR_PROVINCE",
        "Washington=STATE_OR_PROVINCE"));
    assertThat(only(places, "Washington").entry().featureCode()).isEqualTo("ADM1");
    assertThat(only(places, "Washington").detail()).isEqualTo("listed with states");
  }

  private static Gazetteer stateAndTown() {
    GazetteerBuilder b = withUnitedStates();
    b.addPlace(5368361, "Los Angeles", List.of(), 34.052, -118.244, 'P', "PPLA2", "US", "CA", "",
        3_971_883);
    b.addPlace(5206379, "Pittsburgh", List.of(), 40.441, -79.996, 'P', "PPLA2", "US", "PA", "",
        304_391);
    b.addPlace(5332921, "California", List.of(), 40.066, -79.892, 'P', "PPL", "US", "PA", "",
        6_795);
    b.addAdmin1("US", "CA", "California", 0, List.of(), Double.NaN, Double.NaN);
    b.addAdmin1("US", "PA", "Pennsylvania", 0, List.of(), Double.NaN, Double.NaN);
    b.addPlace(4802316, "Clarksburg", List.of(), 39.281, -80.344, 'P', "PPLA2", "US", "WV", "",
        16_000);
    b.addAdmin1("US", "WV", "West Virginia", 0, List.of(), Double.NaN, Double.NaN);
    return b.build();
  }

  @Test
  void aTownNamedLikeAStateNeedsCloseEvidence() {
    Geoparser g = new Geoparser(stateAndTown());
    // A city near the town elsewhere in the article does not turn the state into the town.
    String far = "Officials in Pittsburgh met on Monday.\nThe law in California changed.";
    assertThat(only(g.places(GeoFixtures.doc(far, "Pittsburgh=CITY",
        "California=STATE_OR_PROVINCE")), "California").entry().featureCode())
        .isEqualTo("ADM1");
    // Nor does a neighbouring state named in the same sentence: its centre is no neighbour.
    String state = "At an event in West Virginia, he spoke of voters in California.";
    assertThat(only(g.places(GeoFixtures.doc(state, "West Virginia=STATE_OR_PROVINCE",
        "California=STATE_OR_PROVINCE")), "California").entry().featureCode())
        .isEqualTo("ADM1");
    // "California, Pennsylvania" is still the town.
    String qualified = "The mill in California, Pennsylvania closed.";
    assertThat(only(g.places(GeoFixtures.doc(qualified, "California=CITY",
        "Pennsylvania=STATE_OR_PROVINCE")), "California").entry().featureCode())
        .isEqualTo("PPL");
  }

  @Test
  void aNameRepeatedInALocalArticleDoesNotVoteItselfAbroad() {
    GazetteerBuilder b = withUnitedStates();
    b.addCountry("IE", "IRL", "Ireland", 2963597, List.of(), List.of("Irish"), 53, -8, 0);
    b.addPlace(2964574, "Dublin", List.of(), 53.333, -6.249, 'P', "PPLC", "IE", "L", "",
        1_024_027);
    b.addPlace(4512060, "Dublin", List.of(), 40.099, -83.114, 'P', "PPL", "US", "OH", "",
        41_751);
    b.addPlace(5151613, "Cuyahoga Falls", List.of(), 41.134, -81.485, 'P', "PPL", "US", "OH", "",
        49_652);
    b.addAdmin1("US", "OH", "Ohio", 0, List.of(), Double.NaN, Double.NaN);
    Geoparser g = new Geoparser(b.build());
    // The biggest reading of an ambiguous name votes for its country, but not for itself.
    String text = "Dublin voters met.\nDublin schools opened.\nA Dublin park closed.\n"
        + "Dublin and Cuyahoga Falls signed a deal.";
    List<Place> places = g.places(GeoFixtures.doc(text, "Dublin=CITY", "Dublin=CITY",
        "Dublin=CITY", "Dublin=CITY", "Cuyahoga Falls=CITY"));
    assertThat(places).filteredOn(p -> p.text().equals("Dublin")).hasSize(4)
        .allSatisfy(p -> assertThat(p.entry().countryIso2()).isEqualTo("US"));
  }

  @Test
  void aWorldCityIsNotTakenForASmallNamesakeOnTheArticlesCountryAlone() {
    GazetteerBuilder b = withUnitedStates();
    b.addCountry("GB", "GBR", "United Kingdom", 2635167, List.of(), List.of("British"), 54, -2,
        0);
    b.addPlace(2643743, "London", List.of(), 51.509, -0.126, 'P', "PPLC", "GB", "ENG", "",
        7_556_900);
    b.addPlace(4517009, "London", List.of(), 39.886, -83.448, 'P', "PPLA2", "US", "OH", "",
        9_904);
    b.addPlace(4140963, "Washington, D. C.", List.of("Washington"), 38.895, -77.036, 'P', "PPLC",
        "US", "DC", "", 601_723);
    b.addPlace(5128581, "New York City", List.of("New York"), 40.714, -74.006, 'P', "PPL", "US",
        "NY", "", 8_175_133);
    Geoparser g = new Geoparser(b.build());
    String text = "Murals spread from New York to Washington.\nArtists in London led the way.";
    List<Place> places = g.places(GeoFixtures.doc(text, "New York=CITY", "Washington=CITY",
        "London=CITY"));
    assertThat(only(places, "London").entry().countryIso2()).isEqualTo("GB");
  }

  @Test
  void aStateDoesNotMakeASmallTownOfABigCitysNameButANearTownDoes() {
    GazetteerBuilder b = withUnitedStates();
    b.addPlace(4299276, "Louisville", List.of(), 38.254, -85.759, 'P', "PPLA2", "US", "KY", "",
        597_337);
    b.addPlace(4436296, "Louisville", List.of(), 33.124, -89.055, 'P', "PPLA2", "US", "MS", "",
        6_631);
    b.addPlace(4446675, "Starkville", List.of(), 33.450, -88.818, 'P', "PPLA2", "US", "MS", "",
        25_352);
    b.addPlace(4428667, "Gulfport", List.of(), 30.367, -89.093, 'P', "PPLA2", "US", "MS", "",
        71_750);
    b.addAdmin1("US", "MS", "Mississippi", 0, List.of(), 32.75, -89.66);
    b.addAdmin1("US", "KY", "Kentucky", 0, List.of(), 37.5, -85.0);
    Geoparser g = new Geoparser(b.build());
    // The state and a far town of it: the writer would have written "Louisville, Mississippi".
    String state = "Gulfport is a port of Mississippi.\nThe team lost in Louisville.";
    assertThat(only(g.places(GeoFixtures.doc(state, "Gulfport=CITY", "Mississippi=STATE_OR_PROVINCE",
        "Louisville=CITY")), "Louisville").entry().admin1Code()).isEqualTo("KY");
    // The state named in the town's own sentence does, unless inside a team's name.
    String here = "Floods hit Louisville and other towns of Mississippi.";
    assertThat(only(g.places(GeoFixtures.doc(here, "Louisville=CITY",
        "Mississippi=STATE_OR_PROVINCE")), "Louisville").entry().admin1Code()).isEqualTo("MS");
    // One sense per article: the state beside its first mention places the later ones too.
    String later = "Louisville is a small town of Mississippi.\nFloods hit Louisville.\n"
        + "Louisville schools closed.\nLouisville roads flooded.\nLouisville waited.\n"
        + "Louisville police helped.\nLouisville recovered.";
    assertThat(g.places(GeoFixtures.doc(later, "Louisville=CITY", "Mississippi=STATE_OR_PROVINCE",
        "Louisville=CITY", "Louisville=CITY", "Louisville=CITY", "Louisville=CITY",
        "Louisville=CITY", "Louisville=CITY")))
        .filteredOn(p -> p.text().equals("Louisville")).hasSize(7)
        .allSatisfy(p -> assertThat(p.entry().admin1Code()).isEqualTo("MS"));
    String team = "Mississippi State beat Louisville on Sunday.";
    List<Place> game = g.places(GeoFixtures.doc(team, "Mississippi=STATE_OR_PROVINCE",
        "Louisville=CITY"));
    assertThat(only(game, "Louisville").entry().admin1Code()).isEqualTo("KY");
    assertThat(only(game, "Mississippi").source()).isEqualTo(Place.Source.ORGANISATION_NAME);
    // A town 40 km away still backs the small namesake.
    String near = "Starkville police were called.\nThe fire started in Louisville.";
    assertThat(only(g.places(GeoFixtures.doc(near, "Starkville=CITY", "Louisville=CITY")),
        "Louisville").entry().admin1Code()).isEqualTo("MS");
  }

  @Test
  void anUnknownStreetGoesToTheBiggerPlaceOfTheArticlesArea() {
    GazetteerBuilder b = withUnitedStates();
    b.addPlace(4335045, "New Orleans", List.of(), 29.955, -90.075, 'P', "PPLA2", "US", "LA", "",
        389_617);
    b.addPlace(4330145, "Lafayette", List.of(), 30.224, -92.020, 'P', "PPLA2", "US", "LA", "",
        120_623);
    b.addPlace(5218270, "Washington Square", List.of(), 39.950, -75.162, 'P', "PPL", "US", "PA",
        "", 0);
    Geoparser g = new Geoparser(b.build());
    // Washington Square has two votes, New Orleans one and half of Lafayette's, 200 km off.
    String text = "Washington Square was quiet.\nWashington Square shops closed.\n"
        + "The line ran from Lafayette to New Orleans.\nQwzx Street was renamed.";
    List<Place> places = g.places(GeoFixtures.doc(text, "Washington Square=LOCATION",
        "Washington Square=LOCATION", "Lafayette=CITY", "New Orleans=CITY",
        "Qwzx Street=LOCATION"));
    assertThat(only(places, "Qwzx Street").reason()).isEqualTo(Place.Resolution.ARTICLE_FOCUS);
    assertThat(only(places, "Qwzx Street").entry().name()).isEqualTo("New Orleans");
  }

  @Test
  void aCountryAliasOfSeveralWordsIsFoundWithoutTheNer() {
    GazetteerBuilder b = new GazetteerBuilder();
    b.addCountry("VA", "VAT", "Vatican City", 0, List.of(), List.of("Vatican"), 41.9, 12.45, 0);
    BundledLexicons.addExtraPlaces(b);
    Geoparser g = new Geoparser(b.build());
    List<Place> places = g.places(GeoFixtures.doc("Ambassadors were received at the Holy See."));
    assertThat(only(places, "Holy See").entry().name()).isEqualTo("Vatican City");
  }

  @Test
  void canadianProvinceAbbreviationsResolve() {
    Gazetteer g = gazetteer();
    assertThat(g.lookup("BC")).extracting(c -> c.entry().name()).containsExactly(
        "British Columbia");
    assertThat(g.lookup("B.C.")).extracting(c -> c.entry().name()).containsExactly(
        "British Columbia");
  }
}
