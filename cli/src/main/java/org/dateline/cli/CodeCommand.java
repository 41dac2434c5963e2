package org.dateline.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.geo.Geoparser;
import org.dateline.core.json.DocumentJson;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.pipeline.DatelinePipeline;
import org.dateline.core.pipeline.OrderedParallel;
import org.dateline.store.ArticleStore;
import org.dateline.store.ContentHash;
import org.dateline.core.model.Article;
import org.dateline.core.model.ItemFailure;
import org.dateline.core.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline code}: articles in, one JSON object per article out. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates articles and writes one JSON object per article (JSON Lines, schema dateline/1).",
      "Each unreadable item gets one line on stderr; the run goes on.",
      "Exit status: 0 all articles coded, 1 some failed, 2 bad flags."
    })
final class CodeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin InputOptions input = new InputOptions();
  @Mixin NlpOptions nlp = new NlpOptions();
  @Mixin GazetteerOptions gazetteer = new GazetteerOptions();

  @Option(names = "--no-places", description = "Skip the places stage (no gazetteer needed).")
  boolean noPlaces;

  @Option(names = "--out", paramLabel = "FILE", description = "Write JSON Lines here (default stdout, unless --store).")
  Path out;

  @Option(
      names = "--store",
      paramLabel = "PATH|JDBC-URL",
      description = {
        "Also keep the records in a store: an SQLite file (created if missing) or jdbc:postgresql://...",
        "Articles already stored with the same text and pipeline version are skipped; stdout then",
        "gets one line per article: added|recoded|unchanged <TAB> id."
      })
  String store;

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json (default): one dateline/1 record per article; plover: one PLOVER JSON record per event.")
  String outputFormat;

  @Mixin CodingOptions coding = new CodingOptions();

  @Option(
      names = "--threads",
      defaultValue = "1",
      description = {
        "Worker threads, each with its own CoreNLP pipeline (about 1.5 GB of heap each with the full",
        "pipeline; raise DATELINE_JAVA_OPTS -Xmx accordingly). Output stays in input order."
      })
  int threads;

  @Override
  public Integer call() throws IOException {
    input.ingestOptions(); // validate flags before loading models
    if (threads < 1) {
      throw new UserException("--threads must be at least 1, got " + threads);
    }
    boolean plover = switch (outputFormat.toLowerCase(Locale.ROOT)) {
      case "json" -> false;
      case "plover" -> true;
      default -> throw new UserException("--output-format must be json or plover, got '" + outputFormat + "'");
    };
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    // Places need named entities; with a reduced annotator list the stage is off, as are the
    // other stages whose layers are missing.
    boolean places = !noPlaces && nlp.config().layers().contains(org.dateline.core.model.Layer.ENTITIES);
    String version = PipelineVersion.of(nlp) + (places ? ";places=on" : ";places=off");
    java.util.Optional<Geoparser> geoparser =
        places ? java.util.Optional.of(new Geoparser(gazetteer.load())) : java.util.Optional.empty();
    ArticleStore db = store == null ? null : ArticleStore.open(store);
    // One pipeline per worker thread (CoreNLP annotators are not all thread-safe); the gazetteer
    // and the dictionaries are immutable, so they are read once and shared.
    org.dateline.core.actors.ActorResolver actors = coding.actorResolver();
    org.dateline.core.events.EventCoder events = coding.eventCoder();
    java.util.function.Supplier<DatelinePipeline> pipelines =
        () ->
            DatelinePipeline.builder(nlp.annotator())
                .geoparser(geoparser)
                .actors(actors)
                .events(events)
                .build();
    DocumentJson json = new DocumentJson();
    long t0 = System.nanoTime();
    int[] ok = {0};
    int[] failed = {0};
    try (Writer w = out != null || db == null ? openOut() : Writer.nullWriter();
        Progress progress = new Progress("coding");
        ArticleStore closing = db) {
      java.util.function.Consumer<Coded> sink =
          c -> {
            if (c.failure() != null) {
              report(err, c.failure());
              failed[0]++;
              return;
            }
            try {
              write(w, json, c.doc(), plover, db, version, stdout);
            } catch (IOException e) {
              throw new UncheckedIOException("writing the output", e);
            }
            ok[0]++;
          };
      try (OrderedParallel<DatelinePipeline, Article, Coded> workers =
          new OrderedParallel<>(threads, pipelines, CodeCommand::codeOne, sink)) {
        Iterator<IngestResult> items = input.open(System.in);
        while (items.hasNext()) {
          IngestResult item = items.next();
          progress.step(item.item());
          if (item instanceof IngestResult.Failed f) {
            report(err, f.failure());
            failed[0]++;
            continue;
          }
          Article article = ((IngestResult.Ok) item).article();
          if (db != null && db.isCurrent(article.id(), ContentHash.of(article.text()), version)) {
            stdout.println("unchanged\t" + article.id());
            ok[0]++;
            continue;
          }
          workers.submit(article);
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    err.printf(Locale.ROOT, "%d articles, %d failed, %.1f s%n", ok[0] + failed[0], failed[0], secs);
    if (store != null) {
      // stdout lists the stored articles for scripts; the summary is for the person at the terminal
      try (ArticleStore summaryDb = ArticleStore.open(store)) {
        StoreSummary.print(summaryDb, org.dateline.store.EventQuery.builder().build(), err);
      }
    }
    err.flush();
    return failed[0] > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /** One article's outcome: the coded document, or why it failed. */
  record Coded(@org.jspecify.annotations.Nullable CodedDocument doc, @org.jspecify.annotations.Nullable ItemFailure failure) {}

  /** Runs on a worker thread: a fault while coding one article fails that article only. */
  private static Coded codeOne(DatelinePipeline pipeline, Article article) {
    try {
      return new Coded(pipeline.code(article), null);
    } catch (RuntimeException e) {
      return new Coded(null, new ItemFailure(article.origin(), "nlp", String.valueOf(e)));
    }
  }

  /** Runs on the reading thread, in input order. */
  private static void write(
      Writer w, DocumentJson json, CodedDocument doc, boolean plover,
      @org.jspecify.annotations.Nullable ArticleStore db, String version,
      PrintWriter stdout) throws IOException {
    String record = json.toJsonLine(doc);
    if (plover) {
      for (String line : json.toPloverLines(doc)) {
        w.write(line);
        w.write('\n');
      }
    } else {
      w.write(record);
      w.write('\n');
    }
    w.flush(); // a stopped run keeps every article it finished
    if (db != null) {
      ArticleStore.Outcome outcome = db.put(doc, record, version);
      // Printed only after the commit: a line here means the article is safely stored.
      stdout.println(outcome.name().toLowerCase(Locale.ROOT) + "\t" + doc.article().id());
      stdout.flush();
    }
  }

  private Writer openOut() throws IOException {
    if (out == null) {
      return new BufferedWriter(spec.commandLine().getOut()) {
        @Override
        public void close() throws IOException {
          flush(); // never close stdout
        }
      };
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserException("--out: directory does not exist: " + parent);
    }
    try {
      return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  static void report(PrintWriter err, ItemFailure f) {
    err.println("error: " + f);
    err.flush();
  }
}
