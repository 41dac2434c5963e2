package org.dateline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.geo.GeoFixtures.at;

import java.util.List;
import org.dateline.core.model.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/**
 * Recognition beyond the NER's location entities: names repeated in an article, names written
 * with punctuation, runs read for the place they are named after, places and demonyms inside
 * organisations' names and hyphenated compounds.
 */
class RecognitionTest {
  private final Geoparser geoparser = new Geoparser(GeoFixtures.gazetteer());

  @Test
  void aNameFoundAsAPlaceIsAPlaceWhereTheNerReadItOtherwise() {
    String text = "Forces entered Kirkuk on Friday.\nKirkuk fell on Saturday.\nJohn Kirkuk said so.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Kirkuk=CITY", "Kirkuk=PERSON",
        "John Kirkuk=PERSON"));
    assertThat(places).extracting(Place::source)
        .containsExactly(Place.Source.NER, Place.Source.REPEATED);
    assertThat(places.get(1).span().start()).isEqualTo(text.indexOf("Kirkuk fell"));
    assertThat(places.get(1).entry().geonameId()).isEqualTo(94787);
  }

  @Test
  void aPlaceWhoseNameHasACommaIsOneMention() {
    String text = "Protesters marched in Washington, D.C. on Friday.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Washington=CITY",
        "D.C.=STATE_OR_PROVINCE"));
    assertThat(places).extracting(Place::text).containsExactly("Washington, D.C.");
    assertThat(places.get(0).entry().geonameId()).isEqualTo(4140963);
  }

  @Test
  void aNameTheGazetteerLacksIsReadForThePlaceItIsNamedAfter() {
    String text = "The Iraq Assembly met.\nHe flew Air Syria home.\nThey met at the Syria Hotel.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Iraq Assembly=LOCATION",
        "Air Syria=LOCATION", "Syria Hotel=LOCATION"));
    assertThat(places).extracting(Place::text).containsExactly("Iraq", "Syria", "Syria Hotel");
    assertThat(at(places, "Iraq").reason()).isEqualTo(Place.Resolution.COUNTRY_NAME);
    assertThat(at(places, "Syria").entry().countryIso2()).isEqualTo("SY");
  }

  @Test
  void aCountryInAHyphenatedCompoundIsAPlaceButAFirstNameIsNot() {
    // CoreNLP splits "Syria-Iraq" into Syria, "-", Iraq and tags the compound as one entity.
    String text = "The Syria-Iraq talks went on; Anna Iraq-Smith spoke.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "Syria-Iraq=MISC",
        "Anna Iraq-Smith=PERSON"));
    assertThat(places).extracting(Place::text).containsExactly("Syria", "Iraq");
    assertThat(places).extracting(p -> p.span().start()).containsExactly(4, 10);
    assertThat(places).allMatch(p -> p.entry().level() == GeoEntry.Level.COUNTRY);
  }

  @Test
  void demonymsInsideOrganisationsAndHyphenatedWordsAreFound() {
    String text = "The Syrian Observatory said Iraqi-backed units moved.";
    AnnotatedDocument doc = GeoFixtures.doc(text, "Syrian Observatory=ORGANIZATION");
    assertThat(geoparser.demonyms(doc)).extracting(Geoparser.DemonymMention::text)
        .containsExactly("Syrian", "Iraqi");
    assertThat(geoparser.demonyms(doc).get(1).span().of(text)).isEqualTo("Iraqi");
  }

  @Test
  void aNationsAdjectiveNamesTheNationAndAPeopleTaggedMiscIsFound() {
    String text = "English and Kurdish fighters met.";
    AnnotatedDocument doc = GeoFixtures.doc(text, "English=NATIONALITY", "Kurdish=MISC");
    List<Geoparser.DemonymMention> ds = geoparser.demonyms(doc);
    assertThat(ds).extracting(Geoparser.DemonymMention::text).containsExactly("English", "Kurdish");
    assertThat(ds.get(0).countryIso3()).isEqualTo("GBR");
    assertThat(ds.get(0).region()).isEqualTo("England");
    assertThat(ds.get(1).region()).isEqualTo("Kurdistan");
  }

  @Test
  void aRegionOpeningAnOrganisationsNameIsAPlace() {
    String text = "The European Union and the Council of Europe met.";
    List<Place> places = geoparser.places(GeoFixtures.doc(text, "European Union=ORGANIZATION",
        "Council of Europe=ORGANIZATION"));
    assertThat(places).extracting(Place::text).containsExactly("European Union");
    assertThat(places.get(0).reason()).isEqualTo(Place.Resolution.REGION_NAME);
    assertThat(places.get(0).source()).isEqualTo(Place.Source.ORGANISATION_NAME);
  }
}
