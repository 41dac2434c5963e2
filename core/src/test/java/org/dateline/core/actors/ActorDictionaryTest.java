package org.dateline.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorDictionaryTest {
  static final ActorDictionary SHIPPED = ActorDictionary.shipped();

  static ActorEntry lookup(String phrase) {
    List<List<String>> alts = ActorDictionary.words(phrase).stream().map(List::of).toList();
    ActorDictionary.Match m = SHIPPED.longestAt(alts, 0);
    assertThat(m).as(phrase).isNotNull();
    assertThat(m.length()).as(phrase).isEqualTo(alts.size());
    return PhraseCoder.pick(m.entries());
  }

  @ParameterizedTest
  @CsvSource({"Iraq,IRQ", "Iraqi,IRQ", "Syria,SYR", "United States,USA", "U.S.,USA", "Kenya,KEN",
      "Bolivia,BOL", "Islamic State,ISIS", "ISIL,ISIS", "Daesh,ISIS", "Peshmerga,PESHMERGA",
      "Shiite militias,PMF", "Popular Mobilization Forces,PMF", "United Nations,UNO", "Red Cross,ICRC"})
  void shippedDictionariesNameCountriesAndGroups(String phrase, String code) {
    assertThat(lookup(phrase).code()).isEqualTo(code);
  }

  @Test
  void aNameWrittenWithUnderscoresIsOneTokenOfItsWords() {
    List<List<String>> alts = List.of(List.of("the"), List.of("popular_mobilization_forces"), List.of("said"));
    ActorDictionary.Match m = SHIPPED.longestAt(alts, 1);
    assertThat(m).isNotNull();
    assertThat(m.length()).isEqualTo(1);
    assertThat(PhraseCoder.pick(m.entries()).code()).isEqualTo("PMF");
    assertThat(SHIPPED.longestAt(List.of(List.of("popular_nonsense")), 0)).isNull();
  }

  @Test
  void everyIsoCountryIsPresent() {
    long countries = SHIPPED.entries().stream().filter(e -> e.kind() == ActorKind.COUNTRY)
        .map(ActorEntry::code).distinct().count();
    assertThat(countries).isGreaterThan(240);
  }

  @Test
  void baghdadiLeadsIslamicStateOnlyWithinHisDates() {
    ActorEntry e = lookup("Abu Bakr al-Baghdadi");
    assertThat(e.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(e.affiliation()).isEqualTo("ISIS");
    assertThat(e.holdsOn(LocalDate.of(2015, 12, 26))).isTrue();
    assertThat(e.holdsOn(LocalDate.of(2020, 1, 1))).isFalse();
  }

  @Test
  void tsvRowsParseWithAllColumns() {
    List<ActorEntry> rows = ActorDictionary.parse(new StringReader(
        "# comment\nperson\tJOHN_DOE\tXYZ\tGOV\tJohn Doe|Doe\t2001-01-01\t2004-12-31\tminister\tXYZ\n"), "t.tsv");
    assertThat(rows).singleElement().satisfies(e -> {
      assertThat(e.names()).containsExactly("John Doe", "Doe");
      assertThat(e.sectors()).containsExactly(Sector.GOV);
      assertThat(e.until()).isEqualTo(LocalDate.of(2004, 12, 31));
      assertThat(e.origin()).isEqualTo("t.tsv:2");
    });
  }

  @Test
  void badRowsFailNamingFileAndLine() {
    assertThatThrownBy(() -> ActorDictionary.parse(new StringReader("planet\tX\t-\t-\tMars\n"), "a.tsv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.tsv:1").hasMessageContaining("planet");
    assertThatThrownBy(() -> ActorDictionary.parse(new StringReader("sector\tX\t-\tXYZ\tfoo\n"), "a.tsv"))
        .hasMessageContaining("unknown sector");
    assertThatThrownBy(() -> ActorDictionary.parse(new StringReader("person\tX\t-\t-\tfoo\t2001-13-01\n"), "a.tsv"))
        .hasMessageContaining("bad date");
    assertThatThrownBy(() -> ActorDictionary.parse(new StringReader("person\tX\n"), "a.tsv"))
        .hasMessageContaining("at least 5");
    assertThatThrownBy(() -> ActorDictionary.parse(new StringReader("person\tX\t-\t-\tfoo\t2005-01-01\t2001-01-01\n"), "a.tsv"))
        .hasMessageContaining("before");
  }
}
