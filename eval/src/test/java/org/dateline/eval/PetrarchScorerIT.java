package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorEntry;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.actors.PhoenixDictionaries;
import org.dateline.core.events.PhoenixVerbs;
import org.dateline.core.events.TriggerLexicon;
import org.dateline.core.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH2's validation suite coded with its own dictionaries through Dateline's importer. The
 * floor sits a little below the exact-match rate measured when it was set (0.901); the
 * noevents records include the error records (story and sentence discards, bad input parses).
 */
class PetrarchScorerIT {
  @Test
  void exactMatchStaysAboveItsFloor() throws Exception {
    Path dir = SharedData.resolve("refdata/events/petrarch2/dictionaries");
    List<ActorEntry> entries = new ArrayList<>(PhoenixDictionaries.readActors(dir.resolve("PETR.Validate.actors.txt")));
    entries.addAll(PhoenixDictionaries.readAgents(dir.resolve("PETR.Validate.agents.txt")));
    PhoenixVerbs.Imported verbs = PhoenixVerbs.read(dir.resolve("PETR.Validate.verbs.txt"));
    List<PetrarchCommand.Record> records =
        PetrarchCommand.read(SharedData.resolve("refdata/events/petrarch2/PETR.UnitTest.records.xml"));
    assertThat(records).hasSize(284);
    PetrarchCommand.Score s = PetrarchCommand.score(records, null, EvalAnnotator::parser,
        new ActorResolver(new ActorDictionary(entries)),
        PetrarchCommand.coder(new TriggerLexicon(verbs.triggers(), verbs.patterns())),
        PetrarchCommand.readDiscards(dir.resolve("PETR.Validate.discards.txt")), null);
    assertThat(s.exactRate()).isGreaterThan(0.89);
    assertThat(s.noEventsCorrect).isGreaterThanOrEqualTo(s.noEvents - 5);
  }
}
