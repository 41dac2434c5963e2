package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dateline.store.ArticleStore;
import org.dateline.store.EventDetail;
import org.dateline.store.EventQuery;
import org.dateline.store.StoredActor;
import org.dateline.store.StoredCluster;
import org.dateline.store.StoredContradiction;
import org.dateline.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `dateline query`: a quick look at stored events from the terminal. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Shows stored events matching the filters as a table (newest first), one event in full (--event ID),",
      "a summary (--summary), or the contradictions (--contradictions)."
    })
final class QueryCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", required = true, paramLabel = "PATH|JDBC-URL", description = "The store to read.")
  String store;

  @Mixin EventFilterOptions filters = new EventFilterOptions();

  @Option(names = "--limit", defaultValue = "20", description = "Rows to show (at most " + EventQuery.MAX_LIMIT + ").")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Rows to skip.")
  int offset;

  @Option(names = "--sort", defaultValue = "newest", description = "newest, oldest or sources.")
  String sort;

  @Option(names = "--event", paramLabel = "ID", description = "Show one event in full: claim, actors, evidence.")
  String event;

  @Option(names = "--summary", description = "Counts by type, country and status instead of rows.")
  boolean summary;

  @Option(names = "--contradictions", description = "List contradictions among the matching events.")
  boolean contradictions;

  @Override
  public Integer call() {
    EventQuery q = filters.query().sort(sort()).limit(limit).offset(offset).build();
    requireExisting(store);
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore db = ArticleStore.open(store)) {
      if (event != null) {
        EventDetail d = db.event(event).orElseThrow(() -> new UserException("no event " + event + " in " + store));
        detail(d, out);
      } else if (summary) {
        StoreSummary.print(db, q, out);
      } else if (contradictions) {
        for (StoredContradiction x : db.contradictions(q)) {
          out.println(x.kind() + "\t" + x.firstEvent() + "\t" + x.secondEvent() + "\t" + x.explanation());
        }
      } else {
        List<StoredEvent> rows = db.events(q);
        table(rows, out);
        out.printf(Locale.ROOT, "%d of %d events%n", rows.size(), db.eventCount(q));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private EventQuery.Sort sort() {
    return switch (sort.toLowerCase(Locale.ROOT)) {
      case "newest" -> EventQuery.Sort.NEWEST;
      case "oldest" -> EventQuery.Sort.OLDEST;
      case "sources" -> EventQuery.Sort.MOST_SOURCES;
      default -> throw new UserException("--sort must be newest, oldest or sources, got '" + sort + "'");
    };
  }

  /** A file path that does not exist is a typo, not a request for an empty store. */
  static void requireExisting(String store) {
    if (!store.startsWith("jdbc:") && !Files.exists(Path.of(store))) {
      throw new UserException("no store at " + store + " (create one with: dateline code FILES --store " + store + ")");
    }
  }

  static final List<String> HEADER =
      List.of("date", "type", "cameo", "source", "target", "trigger", "place", "country", "status", "srcs", "id");

  static void table(List<StoredEvent> events, PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (StoredEvent e : events) {
      rows.add(List.of(
          nz(e.dateValue()), nz(e.type()), e.cameo(), codes(e.sources()), codes(e.targets()),
          cut(e.triggerText(), 20), cut(nz(e.placeName() != null ? e.placeName() : e.locationText()), 20),
          nz(e.countryIso3()), nz(e.status()), String.valueOf(e.sourceCount()), e.id()));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        String cell = r.get(i);
        line.append(cell);
        if (i < r.size() - 1) {
          line.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static void detail(EventDetail d, PrintWriter out) {
    StoredEvent e = d.event();
    out.println("event     " + e.id());
    out.println("article   " + e.articleId() + (e.articleTitle() == null ? "" : "  " + e.articleTitle()));
    out.println("type      " + nz(e.type()) + (e.mode() == null ? "" : " (" + e.mode() + ")") + "  CAMEO " + e.cameo()
        + "  quad class " + nz(e.quadClass()) + "  Goldstein " + nz(e.goldstein()));
    out.println("date      " + nz(e.dateValue()) + (d.dateText() == null ? "" : "  \"" + d.dateText() + "\""));
    out.println("place     " + nz(e.placeName() != null ? e.placeName() : e.locationText()) + "  " + nz(e.countryIso3())
        + (e.lat() == null ? "" : String.format(Locale.ROOT, "  %.4f,%.4f", e.lat(), e.lon())));
    out.println("sources   " + actors(e.sources()));
    out.println("targets   " + actors(e.targets()));
    out.println("trigger   \"" + e.triggerText() + "\" [" + d.trigger().start() + "," + d.trigger().end() + ")");
    if (d.claim() != null) {
      out.println("claim     " + d.claim().status() + " by " + d.claim().sourceText()
          + (d.claim().cue() == null ? "" : " (" + d.claim().cue() + ")")
          + (d.claim().statusCue() == null ? "" : "; status set by \"" + d.claim().statusCue() + "\""));
    }
    d.quantities().forEach(q -> out.println("count     " + q.kind() + " " + nz(q.value()) + " \"" + q.text() + "\""));
    d.contradictions().forEach(x -> out.println("conflict  " + x.explanation()
        + (StoredContradiction.CLUSTER.equals(x.scope()) ? " (across articles)" : "")));
    out.println("sources   " + e.sourceCount() + " outlet(s); cluster " + nz(e.clusterId()));
    StoredCluster k = d.cluster();
    if (k != null && k.eventCount() > 1) {
      out.println("cluster   " + k.eventCount() + " reports in " + k.articleCount() + " article(s): " + nz(k.type())
          + " at " + nz(k.placeName()) + " on " + nz(k.dateValue()) + "; actors " + (k.actors().isEmpty() ? "-" : String.join(",", k.actors())));
      k.disagreements().forEach((field, votes) -> out.println("disagree  " + field + " " + votes));
      out.println("reports   " + String.join(", ", d.clusterEvents()));
    }
    out.println("evidence  " + e.evidence());
  }

  private static String actors(List<StoredActor> actors) {
    return actors.isEmpty() ? "-" : actors.stream().map(a -> a.code() + " \"" + a.text() + "\"").collect(Collectors.joining(", "));
  }

  private static String codes(List<StoredActor> actors) {
    return actors.isEmpty() ? "-" : actors.stream().map(StoredActor::code).collect(Collectors.joining(","));
  }

  private static String nz(Object o) {
    return o == null ? "-" : o.toString();
  }

  private static String cut(String s, int max) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
