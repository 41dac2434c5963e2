package org.dateline.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.actors.Sector;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventCoder;
import org.dateline.core.events.TriggerLexicon;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Layer;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval plover}: codes each gold sentence with the shipped dictionaries and scores
 * the main event's PLOVER type and mode and its actors' countries and sectors.
 */
@Command(
    name = "plover",
    mixinStandardHelpOptions = true,
    description = {
      "Scores PLOVER event coding against PLOVER_GSR_CAMEO.txt (or --file in the same format).",
      "Last line: RESULT plover n=.. type=.. mode=.. source_country=.. source_sector=.. target_country=.. target_sector=.."
    })
public final class PloverCommand implements Callable<Integer> {
  /** Gold labels that are CAMEO country codes rather than ISO 3166 alpha-3. */
  private static final Map<String, String> CAMEO_COUNTRIES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @picocli.CommandLine.Mixin ProfileOption profile = new ProfileOption();


  @Option(names = "--file", paramLabel = "PATH", description = "Gold records (JSON array in the PLOVER GSR format).")
  Path file;

  @Option(names = "--annotations", paramLabel = "FILE",
      description = "Cache of the CoreNLP annotation (JSON Lines): read when present, written otherwise.")
  Path annotations;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N records.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--verbose", description = "Print each record's gold and predicted coding.")
  boolean verbose;

  @Override
  public Integer call() {
    Path gold = file != null ? file : RefData.resolve("refdata/events/PLOVER/gold_standard_records/PLOVER_GSR_CAMEO.txt");
    List<PloverGold.Record> records = PloverGold.read(gold);
    if (records.size() > limit) {
      records = records.subList(0, limit);
    }
    Score score = score(records, profile.keyed(annotations), () -> new CoreNlpAnnotator(profile.apply(nlpConfig()), org.dateline.core.pipeline.CueSelector.shipped()), new ActorResolver(ActorDictionary.shipped()),
        new EventCoder(TriggerLexicon.shipped()), verbose ? spec.commandLine().getOut() : null);
    score.print(spec.commandLine().getOut());
    return 0;
  }

  static NlpConfig nlpConfig() {
    return new NlpConfig(
        EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.TIMES, Layer.DEPENDENCIES),
        NlpConfig.CorefAlgorithm.FASTNEURAL);
  }

  /** Codes and scores the records; {@code trace} receives one line per record when not null. */
  static Score score(List<PloverGold.Record> records, Path cache, java.util.function.Supplier<org.dateline.core.nlp.LanguageAnnotator> nlp, ActorResolver resolver, EventCoder coder, PrintWriter trace) {
    List<Article> articles = new ArrayList<>();
    for (PloverGold.Record r : records) {
      articles.add(new Article(r.id(), "gold:" + r.id(), r.text(), null, null, null, r.date(), null, Map.of()));
    }
    List<AnnotatedDocument> docs = new AnnotationCache(cache, nlp).annotate(articles);
    Score s = new Score();
    for (int i = 0; i < records.size(); i++) {
      PloverGold.Record r = records.get(i);
      AnnotatedDocument doc = docs.get(i);
      List<Event> events = coder.code(doc, resolver.resolve(doc));
      Optional<Event> main = MainEvent.pick(doc, events);
      s.add(r, main.orElse(null));
      if (trace != null) {
        trace.printf(Locale.ROOT, "%s gold=%s/%s pred=%s src=%s tgt=%s | %s%n", r.id(), r.type(), r.mode(),
            main.map(e -> e.type() + "/" + e.mode() + " '" + e.triggerText() + "'").orElse("-"),
            main.map(e -> codes(e.sources())).orElse(List.of()), main.map(e -> codes(e.targets())).orElse(List.of()),
            r.text());
      }
    }
    return s;
  }

  private static List<String> codes(List<ActorMention> actors) {
    return actors.stream().map(ActorMention::code).toList();
  }

  /** Accumulated figures. */
  static final class Score {
    int n;
    int type;
    int modeN;
    int mode;
    int sourceN;
    int sourceCountry;
    int sourceSectorN;
    int sourceSector;
    int targetN;
    int targetCountry;
    int targetSectorN;
    int targetSector;
    final Map<String, int[]> byType = new TreeMap<>();

    void add(PloverGold.Record r, Event e) {
      n++;
      int[] t = byType.computeIfAbsent(r.type().name(), k -> new int[2]);
      t[0]++;
      if (e != null && e.type() == r.type()) {
        type++;
        t[1]++;
      }
      if (r.mode() != null) {
        modeN++;
        if (e != null && e.mode() != null && stem(e.mode()).equals(stem(r.mode()))) {
          mode++;
        }
      }
      if (!r.sources().isEmpty()) {
        sourceN++;
        sourceCountry += e != null && matchesCode(r.sources(), e.sources()) ? 1 : 0;
        if (hasSector(r.sources())) {
          sourceSectorN++;
          sourceSector += e != null && matchesSector(r.sources(), e.sources()) ? 1 : 0;
        }
      }
      if (!r.targets().isEmpty()) {
        targetN++;
        targetCountry += e != null && matchesCode(r.targets(), e.targets()) ? 1 : 0;
        if (hasSector(r.targets())) {
          targetSectorN++;
          targetSector += e != null && matchesSector(r.targets(), e.targets()) ? 1 : 0;
        }
      }
    }

    double typeAccuracy() {
      return ratio(type, n);
    }

    double modeAccuracy() {
      return ratio(mode, modeN);
    }

    double sourceCountryAccuracy() {
      return ratio(sourceCountry, sourceN);
    }

    double targetCountryAccuracy() {
      return ratio(targetCountry, targetN);
    }

    void print(PrintWriter out) {
      out.println("PLOVER event coding (main event per record)");
      out.printf(Locale.ROOT, "%-12s %5s %8s%n", "type", "n", "correct");
      byType.forEach((k, v) -> out.printf(Locale.ROOT, "%-12s %5d %7.1f%%%n", k, v[0], 100.0 * ratio(v[1], v[0])));
      out.printf(Locale.ROOT, "%-22s %5d %7.1f%%%n", "type accuracy", n, 100 * ratio(type, n));
      out.printf(Locale.ROOT, "%-22s %5d %7.1f%%%n", "mode accuracy", modeN, 100 * ratio(mode, modeN));
      out.printf(Locale.ROOT, "%-22s %5d %7.1f%%%n", "source country/org", sourceN, 100 * ratio(sourceCountry, sourceN));
      out.printf(Locale.ROOT, "%-22s %5d %7.1f%%%n", "source sector", sourceSectorN, 100 * ratio(sourceSector, sourceSectorN));
      out.printf(Locale.ROOT, "%-22s %5d %7.1f%%%n", "target country/org", targetN, 100 * ratio(targetCountry, targetN));
      out.printf(Locale.ROOT, "%-22s %5d %7.1f%%%n", "target sector", targetSectorN, 100 * ratio(targetSector, targetSectorN));
      out.printf(Locale.ROOT, "RESULT plover n=%d type=%.3f mode=%.3f source_country=%.3f source_sector=%.3f"
              + " target_country=%.3f target_sector=%.3f%n", n, ratio(type, n), ratio(mode, modeN),
          ratio(sourceCountry, sourceN), ratio(sourceSector, sourceSectorN), ratio(targetCountry, targetN),
          ratio(targetSector, targetSectorN));
      out.flush();
    }

    private static String stem(String mode) {
      int dash = mode.indexOf('-');
      return (dash > 0 ? mode.substring(0, dash) : mode).toLowerCase(Locale.ROOT);
    }

    private static boolean hasSector(List<PloverGold.GoldActor> gold) {
      return gold.stream().anyMatch(a -> a.sector() != null);
    }

    private static boolean matchesCode(List<PloverGold.GoldActor> gold, List<ActorMention> predicted) {
      for (ActorMention m : predicted) {
        for (PloverGold.GoldActor g : gold) {
          String code = CAMEO_COUNTRIES.getOrDefault(g.code(), g.code());
          Set<String> mine = new java.util.HashSet<>();
          if (m.country() != null) {
            mine.add(m.country());
          }
          if (m.organisation() != null) {
            mine.add(m.organisation());
          }
          m.sectors().stream().filter(x -> x == Sector.IGO || x == Sector.NGO).forEach(x -> mine.add(x.name()));
          if (mine.contains(code)) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean matchesSector(List<PloverGold.GoldActor> gold, List<ActorMention> predicted) {
      for (ActorMention m : predicted) {
        for (PloverGold.GoldActor g : gold) {
          if (g.sector() != null && m.sectors().stream().anyMatch(x -> x.name().equals(g.sector()))) {
            return true;
          }
        }
      }
      return false;
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }
}
