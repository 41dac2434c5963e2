package org.dateline.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorEntry;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.actors.PhoenixDictionaries;
import org.dateline.core.events.CommaClauses;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventCoder;
import org.dateline.core.events.PhoenixVerbs;
import org.dateline.core.events.TriggerLexicon;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval petrarch}: codes PETRARCH2's validation records from their text with
 * PETRARCH dictionaries imported through Dateline's importer, and scores (event code, source,
 * target) against the records' expected codings.
 */
@Command(
    name = "petrarch",
    mixinStandardHelpOptions = true,
    description = {
      "Scores CAMEO coding on PETRARCH2's validation suite (PETR.UnitTest.records.xml, or --file).",
      "Dictionaries default to the PETR.Validate.* files beside the records.",
      "Last line: RESULT petrarch n=.. exact=.. triples_recall=.. noevents_precision=.."
    })
public final class PetrarchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @picocli.CommandLine.Mixin ProfileOption profile = new ProfileOption();


  @Option(names = "--file", paramLabel = "PATH", description = "Validation records (PETRARCH XML).")
  Path file;

  @Option(names = "--verbs", paramLabel = "FILE", description = "PETRARCH verb dictionary.")
  Path verbs;

  @Option(names = "--actors", paramLabel = "FILE", description = "PETRARCH actor dictionary (repeatable).")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--agents", paramLabel = "FILE", description = "PETRARCH agent dictionary.")
  Path agents;

  @Option(names = "--discards", paramLabel = "FILE", description = "PETRARCH discard list.")
  Path discards;

  @Option(names = "--annotations", paramLabel = "FILE",
      description = "Cache of the CoreNLP annotation (JSON Lines): read when present, written otherwise.")
  Path annotations;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N records.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--verbose", description = "Print each record's expected and predicted codings.")
  boolean verbose;

  /**
   * One validation record.
   *
   * @param requireDyad PETRARCH's {@code require_dyad} option in force for the record (set by the
   *     file's {@code <Config>} elements): when false, an event with a source and no target is
   *     written with the target {@code ---}
   * @param commas PETRARCH's {@code comma_*} options in force for the record (its defaults until a
   *     {@code <Config>} changes them)
   * @param newActorLength PETRARCH's {@code new_actor_length} in force for the record (0: off)
   */
  record Record(String id, String category, LocalDate date, String text, Set<String> expected, boolean noEvents,
      boolean requireDyad, CommaClauses commas, int newActorLength) {}

  @Override
  public Integer call() throws Exception {
    Path records = file != null ? file : RefData.resolve("refdata/events/petrarch2/PETR.UnitTest.records.xml");
    Path dir = records.toAbsolutePath().getParent().resolve("dictionaries");
    Path verbFile = require("--verbs", verbs != null ? verbs : dir.resolve("PETR.Validate.verbs.txt"));
    List<Path> actorFiles = actors.isEmpty() ? List.of(dir.resolve("PETR.Validate.actors.txt")) : actors;
    Path agentFile = require("--agents", agents != null ? agents : dir.resolve("PETR.Validate.agents.txt"));
    Path discardFile = discards != null ? discards : dir.resolve("PETR.Validate.discards.txt");
    List<ActorEntry> entries = new ArrayList<>();
    for (Path a : actorFiles) {
      entries.addAll(PhoenixDictionaries.readActors(require("--actors", a)));
    }
    entries.addAll(PhoenixDictionaries.readAgents(agentFile));
    PhoenixVerbs.Imported v = PhoenixVerbs.read(verbFile);
    List<String> discardList = Files.isRegularFile(discardFile) ? readDiscards(discardFile) : List.of();
    List<Record> rs = read(records);
    if (rs.size() > limit) {
      rs = rs.subList(0, limit);
    }
    TriggerLexicon lexicon = new TriggerLexicon(v.triggers(), v.patterns());
    // The sentence selector reads the same verbs the coder codes with.
    org.dateline.core.pipeline.CueSelector selector =
        new org.dateline.core.pipeline.CueSelector(lexicon, org.dateline.core.claims.ClaimLexicon.defaults());
    Score s = score(rs, profile.keyed(annotations), () -> new CoreNlpAnnotator(profile.apply(PloverCommand.nlpConfig()), selector), new ActorResolver(new ActorDictionary(entries)),
        coder(lexicon), discardList,
        verbose ? spec.commandLine().getOut() : null);
    s.print(spec.commandLine().getOut());
    return 0;
  }

  /**
   * The coder PETRARCH's records are scored with: the act's own type (no intent convention), and
   * PETRARCH's reading of a passive without its agent phrase as active.
   */
  static EventCoder coder(TriggerLexicon lexicon) {
    return new EventCoder(lexicon, false).withAgentlessPassivesActive(true);
  }

  private static Path require(String flag, Path p) {
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException(flag + ": no such file: " + p);
    }
    return p;
  }

  static List<Record> read(Path xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var doc = factory.newDocumentBuilder().parse(xml.toFile());
    // <Config> elements change options for the records after them, in document order
    NodeList elements = doc.getElementsByTagName("*");
    List<Record> out = new ArrayList<>();
    boolean requireDyad = true;
    CommaClauses commas = CommaClauses.PETRARCH;
    int newActorLength = 0;
    for (int i = 0; i < elements.getLength(); i++) {
      Element s = (Element) elements.item(i);
      if (s.getTagName().equals("Config")) {
        if (s.getAttribute("option").equalsIgnoreCase("require_dyad")) {
          requireDyad = !s.getAttribute("value").strip().equalsIgnoreCase("false");
        } else if (s.getAttribute("option").equalsIgnoreCase("new_actor_length")) {
          newActorLength = Integer.parseInt(s.getAttribute("value").strip());
        } else if (s.getAttribute("option").toLowerCase(Locale.ROOT).startsWith("comma_")) {
          commas = commas.with(s.getAttribute("option").strip(), Integer.parseInt(s.getAttribute("value").strip()));
        }
        continue;
      }
      if (!s.getTagName().equals("Sentence")) {
        continue;
      }
      String text = s.getElementsByTagName("Text").item(0).getTextContent().strip().replaceAll("\\s+", " ");
      String d = s.getAttribute("date");
      LocalDate date = d.length() == 8
          ? LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6)))
          : LocalDate.of(2000, 1, 1);
      Set<String> expected = new LinkedHashSet<>();
      boolean none = false;
      NodeList codings = s.getElementsByTagName("EventCoding");
      for (int j = 0; j < codings.getLength(); j++) {
        Element c = (Element) codings.item(j);
        if (!c.getAttribute("noevents").isEmpty() || !c.getAttribute("error").isEmpty()) {
          none = true; // an "error" coding (story discard, sentence too long...) expects no event
        } else {
          expected.add(c.getAttribute("eventcode") + "|" + c.getAttribute("sourcecode") + "|" + c.getAttribute("targetcode"));
        }
      }
      out.add(new Record(s.getAttribute("id"), s.getAttribute("category"), date, text, expected, none && expected.isEmpty(),
          requireDyad, commas, newActorLength));
    }
    return out;
  }

  static List<String> readDiscards(Path file) throws java.io.IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      String l = line.replaceAll("#.*", "").strip();
      if (!l.isEmpty()) {
        out.add(l.startsWith("+") ? l.substring(1).strip() : l);
      }
    }
    return out;
  }

  static boolean discarded(String text, List<String> discards) {
    String t = " " + text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", " ") + " ";
    for (String d : discards) {
      boolean exact = d.endsWith("_");
      String phrase = " " + d.replace("_", " ").strip().toUpperCase(Locale.ROOT);
      if (t.contains(exact ? phrase + " " : phrase)) {
        return true;
      }
    }
    return false;
  }

  static Score score(List<Record> records, Path cache, java.util.function.Supplier<org.dateline.core.nlp.LanguageAnnotator> nlp, ActorResolver resolver, EventCoder coder,
      List<String> discards, PrintWriter trace) {
    List<Article> articles = new ArrayList<>();
    for (Record r : records) {
      articles.add(new Article(r.id(), "petrarch:" + r.id(), r.text(), null, null, null, r.date(), null, Map.of()));
    }
    List<AnnotatedDocument> docs = new AnnotationCache(cache, nlp).annotate(articles);
    Score s = new Score();
    for (int i = 0; i < records.size(); i++) {
      Record r = records.get(i);
      Set<String> predicted = new LinkedHashSet<>();
      List<String> actorTrace = new ArrayList<>();
      if (!discarded(r.text(), discards)) {
        AnnotatedDocument doc = docs.get(i);
        org.dateline.core.actors.ActorIndex index = resolver.resolve(doc);
        index.mentions().forEach(m -> actorTrace.add(m.text() + "=" + petrarchCode(m)));
        List<Event> events = coder.withCommaClauses(r.commas()).withNewActorLength(r.newActorLength()).code(doc, index);
        for (Event e : events) {
          if (complementOfDyad(doc, e, events)) {
            actorTrace.add(e.triggerText() + ":" + e.cameo() + "(in a complement of a coded dyad: not written)");
            continue;
          }
          actorTrace.add(e.triggerText() + ":" + e.cameo() + "(" + e.sources().stream().map(ActorMention::code).toList()
              + "->" + e.targets().stream().map(ActorMention::code).toList() + ")");
          // PETRARCH's convention: a compound subject with no object codes each member toward the others
          List<ActorMention> targets = e.targets().isEmpty() && e.sources().size() > 1 ? e.sources() : e.targets();
          for (ActorMention src : e.sources()) {
            for (String sc : petrarchCodes(src)) {
              if (targets.isEmpty() && !r.requireDyad() && !subordinateToDyad(doc, e, events)) {
                predicted.add(e.cameo() + "|" + sc + "|---");
              }
              for (ActorMention tgt : targets) {
                if (src.code().equals(tgt.code())) {
                  continue;
                }
                for (String t : petrarchCodes(tgt)) {
                  predicted.add(e.cameo() + "|" + sc + "|" + t);
                }
              }
            }
          }
        }
      }
      s.add(r, predicted);
      if (trace != null) {
        trace.printf(Locale.ROOT, "%s %s expected=%s predicted=%s | %s%n", r.id(),
            r.expected().equals(predicted) || r.noEvents() && predicted.isEmpty() ? "OK " : "ERR", r.expected(), predicted, r.text());
        trace.printf(Locale.ROOT, "    actors, events: %s%n", actorTrace);
      }
    }
    return s;
  }

  /**
   * Whether a one-sided event sits in an adverbial clause of a verb whose event has a source and a
   * target ("restore ties with Gondor almost five years after crowds burned down its embassy"):
   * PETRARCH2 resolves a verb phrase's lower clauses into its own event and writes no separate
   * one-sided event for them; with no event above (a verb it does not code) the clause is written.
   */
  static boolean subordinateToDyad(AnnotatedDocument doc, Event e, List<Event> events) {
    return hangsUnderDyad(doc, e, events,
        r -> r.startsWith("advcl") || r.startsWith("acl:") && !r.equals("acl:relcl"));
  }

  /**
   * Whether an event's verb complements a verb (or the verb's object) whose event has a source and
   * a target ("called on Gondor to be allowed to leave Lorien", "abandoned efforts to stop a parade"):
   * PETRARCH2 resolves the lower verb phrase into the upper event and writes that one only.
   */
  static boolean complementOfDyad(AnnotatedDocument doc, Event e, List<Event> events) {
    return hangsUnderDyad(doc, e, events, r -> r.equals("xcomp") || r.startsWith("acl:to"));
  }

  /**
   * Whether the event's trigger hangs by one of the relations under the trigger of another event of
   * its sentence that has both a source and a target, or under that trigger's object ("ties ...
   * after").
   */
  private static boolean hangsUnderDyad(
      AnnotatedDocument doc, Event e, List<Event> events, java.util.function.Predicate<String> relation) {
    org.dateline.core.model.Sentence s = doc.sentences().get(e.sentence());
    int t = s.tokenAt(e.trigger().start());
    if (t < 0) {
      return false;
    }
    for (Event up : events) {
      if (up == e || up.sentence() != e.sentence() || up.sources().isEmpty() || up.targets().isEmpty()) {
        continue;
      }
      int u = s.tokenAt(up.trigger().start());
      if (u < 0 || u == t) {
        continue; // -1 would match the root edge's governor
      }
      for (org.dateline.core.model.Dependency d : s.dependencies()) {
        if (d.dependent() == t && relation.test(d.relation())
            && (d.governor() == u || objectOf(s, d.governor(), u))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean objectOf(org.dateline.core.model.Sentence s, int token, int verb) {
    return s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.dependent() == token && d.relation().equals("obj"));
  }

  /** PETRARCH codes an actor whose code lists several ({@code THE_SHIRE [FRO/BIL/SAM]}) as each of them. */
  static List<String> petrarchCodes(ActorMention m) {
    String c = petrarchCode(m);
    return c.contains("/") ? List.of(c.split("/")) : List.of(c);
  }

  /** PETRARCH writes an agent found without a country or organisation as {@code ---} plus its agent code. */
  static String petrarchCode(ActorMention m) {
    return m.country() == null && m.organisation() == null && !m.sectors().isEmpty() ? "---" + m.code() : m.code();
  }

  /** Accumulated figures. */
  static final class Score {
    int n;
    int exact;
    int expectedTriples;
    int foundTriples;
    int noEvents;
    int noEventsCorrect;
    final Map<String, int[]> byCategory = new TreeMap<>();

    void add(Record r, Set<String> predicted) {
      n++;
      boolean ok = r.noEvents() ? predicted.isEmpty() : r.expected().equals(predicted);
      exact += ok ? 1 : 0;
      int[] c = byCategory.computeIfAbsent(r.category(), k -> new int[2]);
      c[0]++;
      c[1] += ok ? 1 : 0;
      expectedTriples += r.expected().size();
      foundTriples += (int) r.expected().stream().filter(predicted::contains).count();
      if (r.noEvents()) {
        noEvents++;
        noEventsCorrect += predicted.isEmpty() ? 1 : 0;
      }
    }

    double exactRate() {
      return ratio(exact, n);
    }

    void print(PrintWriter out) {
      out.println("PETRARCH2 validation suite: exact match of (event code, source, target) sets per record");
      out.printf(Locale.ROOT, "%-12s %5s %8s%n", "category", "n", "exact");
      byCategory.forEach((k, v) -> out.printf(Locale.ROOT, "%-12s %5d %7.1f%%%n", k, v[0], 100 * ratio(v[1], v[0])));
      out.printf(Locale.ROOT, "%-22s %5d %7.1f%%%n", "exact (all records)", n, 100 * ratio(exact, n));
      out.printf(Locale.ROOT, "%-22s %5d %7.1f%%%n", "expected triples found", expectedTriples, 100 * ratio(foundTriples, expectedTriples));
      out.printf(Locale.ROOT, "%-22s %5d %7.1f%%%n", "noevents correct", noEvents, 100 * ratio(noEventsCorrect, noEvents));
      out.printf(Locale.ROOT, "RESULT petrarch n=%d exact=%.3f triples_recall=%.3f noevents_precision=%.3f%n",
          n, ratio(exact, n), ratio(foundTriples, expectedTriples), ratio(noEventsCorrect, noEvents));
      out.flush();
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }
}
