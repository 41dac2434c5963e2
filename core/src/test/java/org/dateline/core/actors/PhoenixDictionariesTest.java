package org.dateline.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhoenixDictionariesTest {
  @TempDir Path dir;

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void actorsWithSynonymsStemsAndDateRestrictions() throws IOException {
    List<ActorEntry> entries = PhoenixDictionaries.readActors(write("x.actors.txt", """
        <!-- a comment line -->
        FREEDONIA_  [FRD]
        +FREEDONIAN
        +FREEDONIA_CITY_

        RUFUS_FIREFLY_  ; a leader
        \t[FRDGOV 330101-331231]
        \t[FRDELI]

        SYLVANIA [SYL] # stem: Sylvanian, Sylvanians
        NOBODY [---]
        """));
    assertThat(entries).extracting(ActorEntry::code).containsExactly("FRD", "FRDGOV", "FRDELI", "SYL");
    ActorEntry freedonia = entries.get(0);
    assertThat(freedonia.kind()).isEqualTo(ActorKind.COUNTRY);
    assertThat(freedonia.names()).containsExactly("FREEDONIA", "FREEDONIAN*", "FREEDONIA CITY");
    ActorEntry gov = entries.get(1);
    assertThat(gov.kind()).isEqualTo(ActorKind.ORGANISATION);
    assertThat(gov.from()).isEqualTo(LocalDate.of(1933, 1, 1));
    assertThat(gov.until()).isEqualTo(LocalDate.of(1933, 12, 31));
    assertThat(entries.get(3).names()).containsExactly("SYLVANIA*");

    ActorDictionary d = new ActorDictionary(entries);
    ActorDictionary.Match m = d.longestAt(List.of(List.of("sylvanians")), 0);
    assertThat(m).isNotNull();
    assertThat(m.entries().get(0).code()).isEqualTo("SYL");
    assertThat(PhraseCoder.pick(d.longestAt(List.of(List.of("rufus"), List.of("firefly")), 0).entries(),
        LocalDate.of(1933, 6, 1)).code()).isEqualTo("FRDGOV");
    assertThat(PhraseCoder.pick(d.longestAt(List.of(List.of("rufus"), List.of("firefly")), 0).entries(),
        LocalDate.of(1950, 6, 1)).code()).isEqualTo("FRDELI");
  }

  @Test
  void agentsWithPluralsSubstitutionsAndPrefixCodes() throws IOException {
    List<ActorEntry> agents = PhoenixDictionaries.readAgents(write("x.agents.txt", """
        !PERSON! = MAN, WOMAN
        CHAIR!PERSON! [~LEG]
        POLICE {} [~COP] # no plural
        RELIEF_WORKER [NGO~]
        """));
    assertThat(agents).extracting(ActorEntry::code).containsExactly("LEG", "COP", "NGO~");
    assertThat(agents.get(0).names()).containsExactly("CHAIRMAN", "CHAIRWOMAN");
    assertThat(agents.get(0).sectors()).containsExactly(Sector.LEG);
    assertThat(agents.get(2).names()).containsExactly("RELIEF WORKER", "RELIEF WORKERS");
  }

  @Test
  void agentsMatchTheirWrittenFormsOnly() throws IOException {
    ActorDictionary d = new ActorDictionary(PhoenixDictionaries.readAgents(write("y.agents.txt", """
        POLICE {} [~COP]
        AUTHORITY [~GOV]
        CONGRESS [~LEG]
        """)));
    // "polices" (lemma "police"): PETRARCH writes no plural for an entry with empty braces
    assertThat(d.longestAt(List.of(List.of("polices", "police")), 0)).isNull();
    assertThat(d.longestAt(List.of(List.of("police")), 0)).isNotNull();
    assertThat(d.longestAt(List.of(List.of("authorities", "authority")), 0).entries()).extracting(ActorEntry::code)
        .containsExactly("GOV");
    assertThat(d.longestAt(List.of(List.of("congresses", "congress")), 0)).isNotNull();
    assertThat(PhoenixDictionaries.regularPlural("ATTORNEY_GENERAL_")).isEqualTo("ATTORNEY_GENERALS_");
  }

  @Test
  void badDateNamesTheFile() throws IOException {
    Path p = write("bad.actors.txt", "SOMEONE_\n\t[ABC 19xx0101-19990101]\n");
    assertThatThrownBy(() -> PhoenixDictionaries.readActors(p))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.actors.txt").hasMessageContaining("bad date");
  }
}
