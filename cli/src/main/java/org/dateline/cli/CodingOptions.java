package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorEntry;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.actors.PhoenixDictionaries;
import org.dateline.core.events.PhoenixVerbs;
import org.dateline.core.events.VerbPattern;
import org.dateline.core.events.EventCoder;
import org.dateline.core.events.Trigger;
import org.dateline.core.events.TriggerLexicon;
import picocli.CommandLine.Option;

/** Dictionary flags shared by commands that code events. */
final class CodingOptions {
  @Option(names = "--actors", paramLabel = "FILE",
      description = "Extra actor dictionary (repeatable), added to the shipped ones: Dateline's TSV format for"
          + " *.tsv, else a PETRARCH/Phoenix *.actors.txt file.")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--agents", paramLabel = "FILE",
      description = "PETRARCH/Phoenix agents dictionary (*.agents.txt, repeatable), added to the shipped sectors.")
  List<Path> agents = new ArrayList<>();

  @Option(names = "--verbs", paramLabel = "FILE",
      description = "PETRARCH/Phoenix verb-pattern dictionary (e.g. CAMEO.2.0.txt); its verbs and patterns are"
          + " added to the shipped trigger lexicon and take precedence for the verbs they cover.")
  Path verbs;

  @Option(names = "--triggers", paramLabel = "FILE",
      description = "Extra trigger lexicon in Dateline's TSV format (repeatable); added to the shipped one.")
  List<Path> triggers = new ArrayList<>();

  ActorResolver actorResolver() {
    ActorDictionary dictionary = ActorDictionary.shipped();
    List<ActorEntry> extra = new ArrayList<>();
    for (Path p : actors) {
      requireFile("--actors", p);
      if (p.toString().endsWith(".tsv")) {
        extra.addAll(ActorDictionary.read(p));
      } else {
        List<String> skipped = new ArrayList<>();
        extra.addAll(PhoenixDictionaries.readActors(p, skipped::add));
        if (!skipped.isEmpty()) {
          System.err.println("warning: " + skipped.size() + " malformed entries skipped, first: " + skipped.get(0));
        }
      }
    }
    for (Path p : agents) {
      requireFile("--agents", p);
      extra.addAll(PhoenixDictionaries.readAgents(p));
    }
    return new ActorResolver(extra.isEmpty() ? dictionary : dictionary.with(extra));
  }

  EventCoder eventCoder() {
    if (triggers.isEmpty() && verbs == null) {
      return new EventCoder(TriggerLexicon.shipped());
    }
    List<Trigger> all = new ArrayList<>(TriggerLexicon.parse(
        new java.io.InputStreamReader(TriggerLexicon.class.getResourceAsStream(TriggerLexicon.SHIPPED),
            java.nio.charset.StandardCharsets.UTF_8), "triggers.tsv"));
    for (Path p : triggers) {
      requireFile("--triggers", p);
      all.addAll(TriggerLexicon.read(p));
    }
    List<VerbPattern> patterns = new ArrayList<>();
    if (verbs != null) {
      requireFile("--verbs", verbs);
      PhoenixVerbs.Imported imported = PhoenixVerbs.read(verbs);
      java.util.Set<String> covered = new java.util.HashSet<>();
      imported.triggers().forEach(t -> covered.add(t.lemma()));
      all.removeIf(t -> !t.noun() && covered.contains(t.lemma()));
      all.addAll(imported.triggers());
      patterns.addAll(imported.patterns());
    }
    return new EventCoder(new TriggerLexicon(all, patterns));
  }

  private static void requireFile(String flag, Path p) {
    if (!Files.isRegularFile(p)) {
      throw new UserException(flag + ": no such file: " + p);
    }
  }
}
