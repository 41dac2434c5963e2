package org.dateline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dateline.core.geo.GeoFixtures.at;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Dateline;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Span;
import org.junit.jupiter.api.Test;

class GeoparserTest {
  private final Geoparser geoparser = new Geoparser(GeoFixtures.gazetteer());

  @Test
  void resolvesWithContainmentAndCountryContext() {
    String text = "Mass killings in Paris and San Bernardino, California shocked Iraq.\n"
        + "Forces attacked Ramadi, Anbar, and fighters fled toward Tikrit.";
    AnnotatedDocument doc = GeoFixtures.doc(text, "Paris=CITY", "San Bernardino=CITY",
        "California=STATE_OR_PROVINCE", "Iraq=COUNTRY", "Ramadi=CITY", "Anbar=LOCATION",
        "Tikrit=CITY");
    List<Place> places = geoparser.places(doc);
    assertThat(places).extracting(Place::text).containsExactly("Paris", "San Bernardino",
        "California", "Iraq", "Ramadi", "Anbar", "Tikrit");
    Place sb = at(places, "San Bernardino");
    assertThat(sb.entry().countryIso2()).isEqualTo("US");
    assertThat(sb.entry().admin1()).isEqualTo("California");
    assertThat(sb.reason()).isEqualTo(Place.Resolution.CONTAINMENT);
    assertThat(sb.span()).isEqualTo(new Span(text.indexOf("San"), text.indexOf("San") + 14));
    assertThat(at(places, "Paris").entry().countryIso2()).isEqualTo("FR");
    Place iraq = at(places, "Iraq");
    assertThat(iraq.entry().featureCode()).isEqualTo("PCLI");
    assertThat(iraq.reason()).isEqualTo(Place.Resolution.COUNTRY_NAME);
    Place ramadi = at(places, "Ramadi");
    assertThat(ramadi.entry().geonameId()).isEqualTo(99072);
    assertThat(ramadi.reason()).isEqualTo(Place.Resolution.CONTAINMENT);
    assertThat(at(places, "Anbar").entry().level()).isEqualTo(GeoEntry.Level.ADMIN1);
    assertThat(at(places, "Tikrit").entry().name()).isEqualTo("Tikrīt");
  }

  @Test
  void aListOfCitiesIsResolvedItemByItemNotIntoTheFirstOnesState() {
    String text = "After stops in Washington, New York and Boston, the prince flew home.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Washington=CITY",
        "New York=CITY", "Boston=CITY"));
    assertThat(at(places, "Washington").entry().geonameId()).isEqualTo(4140963);
    assertThat(at(places, "New York").entry().geonameId()).isEqualTo(5128581);
    assertThat(at(places, "Boston").entry().admin1Code()).isEqualTo("MA");
  }

  @Test
  void aStateAfterATownStillQualifiesItInAList() {
    String text = "Volunteers came from Boston, New York, and Chicago.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Boston=CITY",
        "New York=STATE_OR_PROVINCE", "Chicago=CITY"));
    // "New York" is also a big city, so in a list it is an item, not Boston's state.
    assertThat(at(places, "Boston").entry().admin1Code()).isEqualTo("MA");
    String qualified = "Volunteers came from Paris, Texas and Kingsville.";
    List<Place> texas = geoparser.places(GeoFixtures.doc(qualified, "Paris=CITY",
        "Texas=STATE_OR_PROVINCE", "Kingsville=CITY"));
    assertThat(at(texas, "Paris").entry().countryIso2()).isEqualTo("US");
    assertThat(at(texas, "Paris").reason()).isEqualTo(Place.Resolution.CONTAINMENT);
  }

  @Test
  void relativePhrasePullsAnAmbiguousNameTowardsItsAnchor() {
    String text = "Officials in Iraq said forces struck territory west of Kirkuk, in a town"
        + " called Al Riyadh.\nSaudi Arabia formed a coalition.";
    AnnotatedDocument doc = GeoFixtures.doc(text, "Iraq=COUNTRY", "Kirkuk=CITY",
        "Al Riyadh=LOCATION", "Saudi Arabia=COUNTRY");
    List<Place> places = geoparser.places(doc);
    Place riyadh = at(places, "Al Riyadh");
    assertThat(riyadh.entry().countryIso2()).isEqualTo("IQ");
    assertThat(riyadh.entry().admin1()).isEqualTo("Kirkuk");
    assertThat(riyadh.reason()).isEqualTo(Place.Resolution.RELATIVE_ANCHOR);
    Place kirkuk = at(places, "Kirkuk");
    assertThat(kirkuk.entry().level()).isEqualTo(GeoEntry.Level.POPULATED_PLACE);
    assertThat(kirkuk.relative()).isNotNull();
    assertThat(kirkuk.relative().direction()).isEqualTo("west");
    assertThat(kirkuk.relative().span().of(text)).isEqualTo("west of Kirkuk");
  }

  @Test
  void distanceInARelativePhraseMovesTheEstimate() {
    String text = "A bomb exploded 30 km south of Kirkuk on Friday.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Kirkuk=CITY"));
    Place.RelativePosition rel = at(places, "Kirkuk").relative();
    assertThat(rel.distanceKm()).isEqualTo(30.0);
    assertThat(rel.span().of(text)).isEqualTo("30 km south of Kirkuk");
    assertThat(Geo.distanceKm(35.46806, 44.39222, rel.lat(), rel.lon()))
        .isCloseTo(30, org.assertj.core.data.Offset.offset(0.5));
    assertThat(rel.lat()).isLessThan(35.46806);
  }

  @Test
  void demonymsAndOrganisationsAreNotPlaces() {
    String text = "Iraqi government forces and Kurdish fighters met Syrian and European officials.";
    AnnotatedDocument doc = GeoFixtures.doc(text, "Iraqi=NATIONALITY", "Kurdish=NATIONALITY",
        "Syrian=NATIONALITY", "European=NATIONALITY");
    assertThat(geoparser.places(doc)).isEmpty();
    assertThat(geoparser.demonyms(doc)).extracting(Geoparser.DemonymMention::countryIso3)
        .containsExactly("IRQ", "", "SYR", "");
    assertThat(geoparser.demonyms(doc)).extracting(Geoparser.DemonymMention::region)
        .containsExactly("", "Kurdistan", "", "Europe");
  }

  @Test
  void anUnresolvableNameKeepsTheOthers() {
    String text = "Fighting spread from Qwzxplace to Kirkuk and Ramadi.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Qwzxplace=LOCATION",
        "Kirkuk=CITY", "Ramadi=CITY"));
    assertThat(places).hasSize(3);
    Place unknown = at(places, "Qwzxplace");
    assertThat(unknown.reason()).isEqualTo(Place.Resolution.ARTICLE_FOCUS);
    assertThat(unknown.confidence()).isEqualTo(0.1);
    assertThat(unknown.entry().name()).isIn("Kirkuk", "Ramadi");
    assertThat(at(places, "Kirkuk").entry().geonameId()).isEqualTo(94787);
    assertThat(at(places, "Ramadi").entry().geonameId()).isEqualTo(99072);
  }

  @Test
  void anUnknownNameGoesToTheUnitWrittenAfterIt() {
    String text = "Fighting in Ramadi spread to Qwzxpark, Kirkuk on Friday.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Ramadi=CITY",
        "Qwzxpark=LOCATION", "Kirkuk=CITY"));
    Place unknown = at(places, "Qwzxpark");
    assertThat(unknown.reason()).isEqualTo(Place.Resolution.CONTAINMENT);
    assertThat(unknown.entry().name()).isEqualTo("Kirkuk");
    assertThat(unknown.confidence()).isEqualTo(0.1);
  }

  @Test
  void theFocusIsThePlaceTheArticleIsAboutNotTheFirstNamed() {
    // Kingsville, Texas comes first but only as the sole entry of its name; Iraq dominates.
    String text = "Reporters from Kingsville watched. Fighting in Ramadi and Tikrit, Iraq spread"
        + " to Qwzxplace. Ramadi fell.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Kingsville=CITY",
        "Ramadi=CITY", "Tikrit=CITY", "Iraq=COUNTRY", "Qwzxplace=LOCATION"));
    Place unknown = at(places, "Qwzxplace");
    assertThat(unknown.reason()).isEqualTo(Place.Resolution.ARTICLE_FOCUS);
    assertThat(unknown.entry().name()).isEqualTo("Ramadi");
  }

  @Test
  void theFocusIsATownInsideTheUnitTheArticleIsAbout() {
    String text = "Kirkuk was calm. In Anbar, fighters took Ramadi. Anbar tribes fought back."
        + " Anbar elders met at Qwzxplace.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Kirkuk=CITY", "Anbar=LOCATION",
        "Ramadi=CITY", "Qwzxplace=LOCATION"));
    assertThat(at(places, "Anbar").entry().level()).isEqualTo(GeoEntry.Level.ADMIN1);
    assertThat(at(places, "Qwzxplace").entry().name()).isEqualTo("Ramadi");
  }

  @Test
  void aHospitalNamedAfterItsTownIsInTheTown() {
    String text = "Fighting near Kirkuk sent the wounded to Ramadi General Hospital.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Kirkuk=CITY",
        "Ramadi General Hospital=LOCATION"));
    Place h = at(places, "Ramadi General Hospital");
    assertThat(h.reason()).isEqualTo(Place.Resolution.CONTAINED_NAME);
    assertThat(h.entry().name()).isEqualTo("Ramadi");
  }

  @Test
  void anUnknownNameIsInThePlaceWrittenAfterInNotAtTheArticlesFocus() {
    String text = "Kirkuk was calm. Kirkuk police met. Crowds filled Qwzxsquare in Ramadi.";
    Place square = at(geoparser.places(GeoFixtures.doc(text, "Kirkuk=CITY", "Kirkuk=CITY",
        "Qwzxsquare=LOCATION", "Ramadi=CITY")), "Qwzxsquare");
    assertThat(square.reason()).isEqualTo(Place.Resolution.LOCATED_IN);
    assertThat(square.entry().name()).isEqualTo("Ramadi");
    // In a unit that holds the article's main place: that place, not the unit's centre.
    String unit = "Fighters took Ramadi. Ramadi elders fled. Qwzxriver in Anbar flooded.";
    Place river = at(geoparser.places(GeoFixtures.doc(unit, "Ramadi=CITY", "Ramadi=CITY",
        "Qwzxriver=LOCATION", "Anbar=LOCATION")), "Qwzxriver");
    assertThat(river.reason()).isEqualTo(Place.Resolution.LOCATED_IN);
    assertThat(river.entry().name()).isEqualTo("Ramadi");
    // After a feature word and before a compass word; in a country, the country.
    String camp = "Ramadi was calm. Ramadi police met. Aid reached the Qwzx area in northern Iraq.";
    Place area = at(geoparser.places(GeoFixtures.doc(camp, "Ramadi=CITY", "Ramadi=CITY",
        "Qwzx=LOCATION", "Iraq=COUNTRY")), "Qwzx");
    assertThat(area.reason()).isEqualTo(Place.Resolution.LOCATED_IN);
    assertThat(area.entry().level()).isEqualTo(GeoEntry.Level.COUNTRY);
  }

  @Test
  void aStreetHoldsAPlaceOnlyWhenTheArticleNamesItToo() {
    String alone = "Protesters marched on Boston Street in Baghdad.";
    Place street = at(geoparser.places(GeoFixtures.doc(alone, "Boston Street=LOCATION",
        "Baghdad=CITY")), "Boston Street");
    assertThat(street.reason()).isEqualTo(Place.Resolution.LOCATED_IN);
    assertThat(street.entry().name()).isEqualTo("Baghdad");
    String named = "Boston police closed Boston Street.";
    Place inBoston = at(geoparser.places(GeoFixtures.doc(named, "Boston=CITY",
        "Boston Street=LOCATION")), "Boston Street");
    assertThat(inBoston.reason()).isEqualTo(Place.Resolution.CONTAINED_NAME);
    assertThat(inBoston.entry().admin1Code()).isEqualTo("MA");
  }

  @Test
  void aLoneUnknownNameStaysUnresolved() {
    List<Place> places = geoparser.places(GeoFixtures.doc("Rain fell on Qwzxplace.",
        "Qwzxplace=LOCATION"));
    assertThat(places).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo(Place.Resolution.UNRESOLVED);
      assertThat(p.entry()).isNull();
      assertThat(p.confidence()).isZero();
    });
  }

  @Test
  void splitTagsAndUnitWordsMakeOneMention() {
    String text = "Crews closed Dublin Road in Kingsville County on Friday.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Dublin=CITY", "Road=LOCATION",
        "Kingsville=PERSON"));
    assertThat(places).extracting(Place::text).containsExactly("Dublin Road", "Kingsville County");
  }

  @Test
  void placeInsideAnOrganisationIsMarkedAndGivesContext() {
    String text = "The Texas Department of Transportation closed roads near Paris.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text,
        "Texas Department of Transportation=ORGANIZATION", "Paris=CITY"));
    assertThat(places).extracting(Place::text).containsExactly("Texas", "Paris");
    assertThat(at(places, "Texas").source()).isEqualTo(Place.Source.ORGANISATION_NAME);
    Place paris = at(places, "Paris");
    assertThat(paris.source()).isEqualTo(Place.Source.NER);
    assertThat(paris.entry().countryIso2()).isEqualTo("US");
    assertThat(paris.entry().admin1()).isEqualTo("Texas");
  }

  @Test
  void aSmallTownOpeningASchoolsNameIsNoPlaceButOneOpeningAPoliceForceIs() {
    String text = "Kingsville University staff met the Kingsville Police Department.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text,
        "Kingsville University=ORGANIZATION", "Kingsville Police Department=ORGANIZATION"));
    assertThat(places).extracting(p -> p.span().start())
        .containsExactly(text.indexOf("Kingsville Police"));
  }

  @Test
  void aDemonymInsideAnOrganisationsNameIsNoTownOfThatName() {
    GazetteerBuilder b = GeoFixtures.builder();
    b.addPlace(0, "Syrian", List.of(), 31.5, -96.1, 'P', "PPL", "US", "TX", "", 5000);
    Geoparser withTown = new Geoparser(b.build());
    String text = "Syrian Press reported the talks in Baghdad.";
    List<Place> places = withTown.places(GeoFixtures.doc(text,
        "Syrian Press=ORGANIZATION", "Baghdad=CITY"));
    assertThat(places).extracting(Place::text).containsExactly("Baghdad");
  }

  @Test
  void compassWordsAndAbbreviationPeriods() {
    String text = "Schools in Northeast Texas, south west Texas and Charleston, Calif. reopened.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Northeast Texas=LOCATION",
        "south west Texas=LOCATION", "Charleston=CITY", "Calif=STATE_OR_PROVINCE"));
    assertThat(places).extracting(Place::text).containsExactly("Texas", "Texas", "Charleston",
        "Calif.");
    assertThat(at(places, "Calif.").entry().name()).isEqualTo("California");
  }

  @Test
  void aBareAbbreviationIsAWordUnlessAfterACommaOrAParty() {
    String text = "Little Calif won. Charleston, Calif reopened, said Ann Roe, D-Calif, today.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Calif=STATE_OR_PROVINCE",
        "Charleston=CITY", "Calif=STATE_OR_PROVINCE", "Calif=STATE_OR_PROVINCE"));
    assertThat(places).extracting(p -> p.span().start())
        .doesNotContain(text.indexOf("Calif"));
    assertThat(places).filteredOn(p -> p.text().equals("Calif")).hasSize(2)
        .allMatch(p -> p.entry().name().equals("California"));
  }

  @Test
  void datelinePlaceIsResolvedAndSetsTheCountry() {
    String text = "Baghdad, Iraq (BBN)-Forces moved on Paris, a village nobody knows.";
    Dateline dl = new Dateline(new Span(0, 20), "Baghdad, Iraq", new Span(0, 13), "BBN",
        new Span(15, 18), null, null, null);
    List<Place> places = geoparser.places(GeoFixtures.doc(text, dl));
    Place baghdad = at(places, "Baghdad");
    assertThat(baghdad.source()).isEqualTo(Place.Source.DATELINE);
    assertThat(baghdad.entry().featureCode()).isEqualTo("PPLC");
    assertThat(baghdad.reason()).isEqualTo(Place.Resolution.CONTAINMENT);
  }

  @Test
  void findsCountriesAndLargeTownsTheNerMissed() {
    String text = "Aid arrived from the United States and from Los Angeles yesterday.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text));
    assertThat(places).extracting(Place::text).containsExactly("United States", "Los Angeles");
    assertThat(places).allMatch(p -> p.source() == Place.Source.GAZETTEER);
  }

  @Test
  void findsCuratedWorldRegionsTheNerMissedByTheirPrimaryNames() {
    String text = "Ebola spread across West Africa and the Caucasus, and then to Atlantic.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text));
    assertThat(places).extracting(Place::text).containsExactly("West Africa", "Caucasus");
    assertThat(at(places, "Caucasus").reason()).isEqualTo(Place.Resolution.REGION_NAME);
  }

  @Test
  void aNationalityBeforeALocationJoinsItWhenTogetherTheyNameAPlace() {
    String text = "Debris washed up on Indian Ocean shores, said Indian officials in Paris.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Indian=NATIONALITY",
        "Ocean=LOCATION", "Indian=NATIONALITY", "Paris=CITY"));
    assertThat(places).extracting(Place::text).containsExactly("Indian Ocean", "Paris");
    assertThat(at(places, "Indian Ocean").entry().name()).isEqualTo("Indian Ocean");
  }

  @Test
  void aRegionNameWinsOverASameNamedTownAsACountryNameDoes() {
    String text = "Storms over the Atlantic delayed flights to Los Angeles and Miami.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Atlantic=LOCATION",
        "Los Angeles=CITY", "Miami=CITY"));
    Place atlantic = at(places, "Atlantic");
    assertThat(atlantic.entry().name()).isEqualTo("Atlantic Ocean");
    assertThat(atlantic.reason()).isEqualTo(Place.Resolution.REGION_NAME);
  }

  @Test
  void spansLieInsideTheTextForRandomDocuments() {
    Random rnd = new Random(42);
    String[] words = {"Kirkuk", "Paris", "Ramadi", "the", "of", "west", "30", "km", ",", "Iraq",
        "Texas", "Al", "Riyadh", "Qqq", "and", "Kurdish", "south"};
    for (int n = 0; n < 200; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 5 + rnd.nextInt(30); i++) {
        sb.append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(5) == 0 ? "\n" : " ");
      }
      String text = sb.toString();
      for (Place p : geoparser.places(GeoFixtures.doc(text))) {
        assertThat(p.span().of(text)).isEqualTo(p.text());
        assertThat(p.confidence()).isBetween(0.0, 1.0);
        if (p.relative() != null) {
          assertThat(p.relative().span().contains(p.span())).isTrue();
        }
      }
    }
  }

  @Test
  void refusesADocumentWithoutEntities() {
    AnnotatedDocument doc = GeoFixtures.doc("Kirkuk.");
    AnnotatedDocument bare = new AnnotatedDocument(doc.article(), Set.of(Layer.TOKENS),
        doc.sentences(), List.of(), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> geoparser.places(bare)).hasMessageContaining("places needs the POS layer");
  }

  @Test
  void aTownPlacedOnlyByItsStateDoesNotOutvoteTheTownsTheArticleIsAbout() {
    // Paris is Paris, Texas because the article names Texas; that says which Paris, not that the
    // article is about it. Boston, named twice, is where the unknown street lies.
    String text = "Texas lawmakers met.\nParis voted.\nBoston was calm.\n"
        + "Boston rallied on Qwzxstreet.\nFrance and Iraq watched.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Texas=STATE_OR_PROVINCE",
        "Paris=CITY", "Boston=CITY", "Boston=CITY", "Qwzxstreet=LOCATION", "France=COUNTRY",
        "Iraq=COUNTRY"));
    assertThat(at(places, "Paris").entry().countryIso2()).isEqualTo("US");
    assertThat(at(places, "Qwzxstreet").reason()).isEqualTo(Place.Resolution.ARTICLE_FOCUS);
    assertThat(at(places, "Qwzxstreet").entry().name()).isEqualTo("Boston");
  }
}
