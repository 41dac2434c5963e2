package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorEntry;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.events.EventCoder;
import org.dateline.core.events.Trigger;
import org.dateline.core.events.TriggerLexicon;
import picocli.CommandLine.Option;

/** Dictionary flags shared by commands that code events. */
final class CodingOptions {
  @Option(names = "--actors", paramLabel = "FILE",
      description = "Extra actor dictionary in Dateline's TSV format (repeatable); added to the shipped ones.")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--triggers", paramLabel = "FILE",
      description = "Extra trigger lexicon in Dateline's TSV format (repeatable); added to the shipped one.")
  List<Path> triggers = new ArrayList<>();

  ActorResolver actorResolver() {
    ActorDictionary dictionary = ActorDictionary.shipped();
    List<ActorEntry> extra = new ArrayList<>();
    for (Path p : actors) {
      requireFile("--actors", p);
      extra.addAll(ActorDictionary.read(p));
    }
    return new ActorResolver(extra.isEmpty() ? dictionary : dictionary.with(extra));
  }

  EventCoder eventCoder() {
    if (triggers.isEmpty()) {
      return new EventCoder(TriggerLexicon.shipped());
    }
    List<Trigger> all = new ArrayList<>(TriggerLexicon.parse(
        new java.io.InputStreamReader(TriggerLexicon.class.getResourceAsStream(TriggerLexicon.SHIPPED),
            java.nio.charset.StandardCharsets.UTF_8), "triggers.tsv"));
    for (Path p : triggers) {
      requireFile("--triggers", p);
      all.addAll(TriggerLexicon.read(p));
    }
    return new EventCoder(new TriggerLexicon(all));
  }

  private static void requireFile(String flag, Path p) {
    if (!Files.isRegularFile(p)) {
      throw new UserException(flag + ": no such file: " + p);
    }
  }
}
