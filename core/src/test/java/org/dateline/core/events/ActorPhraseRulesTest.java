package org.dateline.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorEntry;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.actors.PhoenixDictionaries;
import org.dateline.core.actors.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actor phrase rules seen through hand-built parses (the actors stage has no parse fixtures of its own). */
class ActorPhraseRulesTest {
  @TempDir Path dir;

  ActorResolver resolver() throws IOException {
    List<ActorEntry> entries = new ArrayList<>(PhoenixDictionaries.readActors(Files.writeString(
        dir.resolve("a.actors.txt"), "FREEDONIA_ [FRD]\nWHITE_HOUSE [USAGOV]\n")));
    entries.addAll(PhoenixDictionaries.readAgents(Files.writeString(
        dir.resolve("a.agents.txt"), "OFFICIAL [~GOV]\nPROSECUTOR [~JUD]\n")));
    return new ActorResolver(new ActorDictionary(entries));
  }

  @Test
  void formerOfficeHoldersAreElites() throws IOException {
    var doc = Docs.one("former/JJ/former Freedonia/NNP/freedonia prosecutors/NNS/prosecutor",
        "amod 2 0; compound 2 1; root -1 2");
    assertThat(resolver().resolve(doc).mentions()).singleElement().satisfies(m -> {
      assertThat(m.code()).isEqualTo("FRDELI");
      assertThat(m.sectors()).containsExactly(Sector.ELI);
    });
  }

  @Test
  void aCountryNamedFormerKeepsItsCodeAndAServingOfficialHisSector() throws IOException {
    var doc = Docs.one("Freedonia/NNP/freedonia prosecutors/NNS/prosecutor in/IN former/JJ/former Freedonia/NNP/freedonia",
        "compound 1 0; root -1 1; case 4 2; amod 4 3; nmod:in 1 4");
    assertThat(resolver().resolve(doc).mentions()).extracting(ActorMention::code).containsExactly("FRDJUD", "FRD");
  }

  @Test
  void formerOnANameLeavesTheOfficeAlone() throws IOException {
    // "Former-Freedonia prosecutors" parsed with "former" on the country: prosecutors of a former state
    var doc = Docs.one("former/JJ/former Freedonia/NNP/freedonia prosecutors/NNS/prosecutor",
        "amod 1 0; compound 2 1; root -1 2");
    assertThat(resolver().resolve(doc).mentions()).extracting(ActorMention::code).contains("FRDJUD")
        .doesNotContain("FRDELI");
  }

  @Test
  void anOfficialInAnOrganisationBelongsToIt() throws IOException {
    var doc = Docs.one("officials/NNS/official in/IN White/NNP/white House/NNP/house",
        "root -1 0; case 3 1; compound 3 2; nmod:in 0 3");
    assertThat(resolver().resolve(doc).mentions()).extracting(ActorMention::code).contains("USAGOV")
        .doesNotContain("GOV");
  }

  @Test
  void anOfficialFromAPlaceNamedAsAModifierBelongsToIt() throws IOException {
    var doc = Docs.one("officials/NNS/official from/IN the/DT/the Freedonia/NNP/freedonia border/NN/border region/NN/region",
        "root -1 0; case 5 1; det 5 2; compound 5 3; compound 5 4; nmod:from 0 5");
    assertThat(resolver().resolve(doc).mentions()).extracting(ActorMention::code).contains("FRDGOV")
        .doesNotContain("GOV");
  }
}
