package org.dateline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.model.Article;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.nlp.CoreNlpBaseline;
import org.dateline.core.pipeline.DatelinePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline bench}: throughput and memory of Dateline's pipeline and, in the same run on the
 * same articles, of CoreNLP's default full pipeline as the baseline. Ratios, not absolute times,
 * are what compare across machines.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures articles/s, tokens/s per annotator, cold start and peak RSS of Dateline's pipeline,",
      "then of CoreNLP's default full pipeline (tokenize..coref) on the same articles, and prints",
      "the ratio. Last line: RESULT bench articles_per_s=... ratio=... rss_mb=... cold_start_s=..."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin NlpOptions nlp = new NlpOptions();
  @Mixin GazetteerOptions gazetteer = new GazetteerOptions();

  @Option(names = "--no-places", description = "Leave the places stage out of Dateline's pipeline.")
  boolean noPlaces;

  @Option(
      names = "--in",
      paramLabel = "DIR|FILE",
      description = "Articles to measure (plain text or .jsonl); default: the built-in example set.")
  Path in;

  @Option(names = "--limit", defaultValue = "300", description = "At most this many articles (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--repeat", defaultValue = "1", description = "Pass over the set this many times (default ${DEFAULT-VALUE}).")
  int repeat;

  @Option(
      names = "--warmup",
      defaultValue = "1",
      paramLabel = "N",
      description = {
        "Articles each side codes untimed before its measured pass (default ${DEFAULT-VALUE}),",
        "taken from the input after the --limit measured ones, so none is measured twice (from",
        "the start of the set when the input has no more). A JVM's first articles run",
        "interpreted code while the JIT compiles; a few dozen give the steady state of a long run."
      })
  int warmup;

  @Option(names = "--no-baseline", description = "Skip the CoreNLP default pipeline.")
  boolean noBaseline;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description = {
        "Code Dateline's side on N threads, one pipeline each, as 'dateline code --threads N'",
        "(default ${DEFAULT-VALUE}); the baseline always runs on one."
      })
  int threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1 || repeat < 1 || threads < 1 || warmup < 1) {
      throw new UserException("--limit, --repeat, --threads and --warmup must be at least 1");
    }
    List<Article> read = load();
    if (read.isEmpty()) {
      throw new UserException("no readable articles to measure");
    }
    List<Article> articles = read.subList(0, Math.min(limit, read.size()));
    List<Article> warmSet = warmSet(read, limit, warmup);
    out.printf(Locale.ROOT, "articles: %d x %d passes after %d untimed warm-up articles%s; dateline profile %s,"
            + " %d thread(s)%n", articles.size(), repeat, warmSet.size(),
        read.size() > limit ? "" : " (from the measured set: the input has no more)",
        nlp.config().profile().name().toLowerCase(Locale.ROOT), threads);

    long t0 = System.nanoTime();
    long loadCpu0 = ProcessMeter.processCpuNanos();
    List<CoreNlpAnnotator> annotators = new ArrayList<>();
    annotators.add(nlp.annotator());
    double nlpLoad = (System.nanoTime() - t0) / 1e9;
    boolean places = !noPlaces && nlp.config().layers().contains(org.dateline.core.model.Layer.ENTITIES);
    long heapBefore = places ? ProcessMeter.usedHeapAfterGc() : 0;
    long g0 = System.nanoTime();
    java.util.Optional<org.dateline.core.geo.Geoparser> geoparser =
        places ? java.util.Optional.of(new org.dateline.core.geo.Geoparser(gazetteer.load())) : java.util.Optional.empty();
    double geoLoad = (System.nanoTime() - g0) / 1e9;
    double cold = nlpLoad + geoLoad; // not the GC that measures the gazetteer's heap
    // On a shared machine the wall clock of loading stretches with the load; its CPU time does not.
    double coldCpu = (ProcessMeter.processCpuNanos() - loadCpu0) / 1e9;
    out.printf(Locale.ROOT, "cold start: CoreNLP %.1f s, gazetteer %.1f s, total %.1f s (%.1f CPU s)%n",
        nlpLoad, geoLoad, cold, coldCpu);
    if (places) {
      // The gazetteer is the places stage's only large structure: its heap is the growth over its load.
      out.printf(Locale.ROOT, "gazetteer index: loaded in %.2f s, ~%d MB heap%n", geoLoad,
          Math.max(0, ProcessMeter.usedHeapAfterGc() - heapBefore) >> 20);
    }
    for (int i = 1; i < threads; i++) {
      annotators.add(nlp.annotator()); // further workers load after the cold start is taken
    }
    List<DatelinePipeline> pipelines = new ArrayList<>();
    for (CoreNlpAnnotator a : annotators) {
      pipelines.add(DatelinePipeline.builder(a).geoparser(geoparser).build());
    }
    BenchRuns.warmUp(warmSet, pipelines);
    Map<String, long[]> warm = merged(annotators);
    long[] stagesCpu = new long[1];
    List<org.dateline.core.model.AnnotatedDocument> annotated = java.util.Collections.synchronizedList(new ArrayList<>());
    BenchRuns.Result dateline =
        BenchRuns.measureParallel(articles, repeat, pipelines, stagesCpu, cold, annotated);
    Map<String, long[]> stages = merged(annotators);
    warm.forEach((k, v) -> stages.merge(k, negated(v), BenchCommand::add));
    long nlpCpu = stages.values().stream().mapToLong(v -> v[2]).sum();
    long tokensSeen = stages.isEmpty() ? 0 : stages.values().iterator().next()[1];
    // Everything after CoreNLP: coref repair, time anchoring, attribution, places, actors, events.
    stages.put("dateline stages", new long[] {0, tokensSeen, stagesCpu[0] - nlpCpu});
    printStages(out, stages);
    double geoMs = geoparser.map(g -> placesCpuMs(g, annotated)).orElse(Double.NaN);
    if (geoparser.isPresent()) {
      out.printf(Locale.ROOT, "places (geoparser, re-run on the %d annotated articles): %.1f ms CPU per article%n",
          annotated.size(), geoMs);
    }
    long oursRss = ProcessMeter.peakRssMb();
    out.printf(Locale.ROOT, "dateline: %s, peak RSS %d MB%n", dateline, oursRss);

    double ratio = Double.NaN;
    double cpuRatio = Double.NaN;
    if (!noBaseline) {
      annotators.clear();
      pipelines.clear();
      System.gc();
      t0 = System.nanoTime();
      CoreNlpBaseline baseline = new CoreNlpBaseline();
      double baseCold = (System.nanoTime() - t0) / 1e9;
      warmSet.forEach(baseline::annotate); // untimed, as on Dateline's side
      Map<String, long[]> baseWarm = baseline.stageTimings();
      BenchRuns.Result base =
          BenchRuns.measure("corenlp-default", articles, repeat, baseline::annotate, baseCold);
      out.printf(Locale.ROOT, "corenlp default (tokenize,ssplit,pos,lemma,ner,depparse,coref): %s%n", base);
      Map<String, long[]> baseStages = new java.util.LinkedHashMap<>(baseline.stageTimings());
      baseWarm.forEach((k, v) -> baseStages.merge(k, negated(v), BenchCommand::add));
      printStages(out, baseStages);
      ratio = dateline.articlesPerSecond() / base.articlesPerSecond();
      cpuRatio = dateline.articlesPerCpuSecond() / base.articlesPerCpuSecond();
      out.printf(Locale.ROOT, "ratio (dateline / corenlp default): %.2f wall-clock, %.2f per CPU second%n", ratio, cpuRatio);
      out.printf(Locale.ROOT, "peak RSS of the process after both: %d MB%n", ProcessMeter.peakRssMb());
    }
    out.printf(
        Locale.ROOT,
        "RESULT bench articles_per_s=%.3f ratio=%.3f rss_mb=%d cold_start_s=%.1f tokens_per_s=%.0f"
            + " articles_per_cpu_s=%.3f cpu_ratio=%.3f threads=%d profile=%s geo_ms_per_article=%.1f"
            + " cold_start_cpu_s=%.1f%n",
        dateline.articlesPerSecond(),
        ratio,
        oursRss,
        dateline.coldStart(),
        dateline.tokensPerSecond(),
        dateline.articlesPerCpuSecond(),
        cpuRatio,
        threads,
        nlp.config().profile().name().toLowerCase(Locale.ROOT),
        geoMs,
        coldCpu);
    return ExitCodes.OK;
  }

  /**
   * The places stage's CPU time per article (issue 3), timed apart on this thread: inside the
   * pipeline it is mixed with the other stages.
   */
  private static double placesCpuMs(
      org.dateline.core.geo.Geoparser geoparser, List<org.dateline.core.model.AnnotatedDocument> docs) {
    if (docs.isEmpty()) {
      return Double.NaN;
    }
    long c0 = ProcessMeter.threadCpuNanos();
    for (org.dateline.core.model.AnnotatedDocument d : docs) {
      geoparser.places(d);
    }
    return (ProcessMeter.threadCpuNanos() - c0) / 1e6 / docs.size();
  }

  /** Stage timings of all the annotators, summed per stage. */
  private static Map<String, long[]> merged(List<CoreNlpAnnotator> annotators) {
    Map<String, long[]> out = new java.util.LinkedHashMap<>();
    for (CoreNlpAnnotator a : annotators) {
      a.stageTimings().forEach((k, v) -> out.merge(k, v.clone(), BenchCommand::add));
    }
    return out;
  }

  private static long[] negated(long[] v) {
    long[] out = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = -v[i];
    }
    return out;
  }

  /**
   * The warm-up articles: those read after the measured ones, else the measured set's first
   * (repeated as needed, which only happens on inputs shorter than --limit plus --warmup).
   */
  static <T> List<T> warmSet(List<T> read, int limit, int warmup) {
    List<T> out = new ArrayList<>();
    List<T> pool = read.size() > limit ? read.subList(limit, read.size()) : read;
    for (int i = 0; i < warmup; i++) {
      out.add(pool.get(i % pool.size()));
    }
    return out;
  }

  private static long[] add(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }

  private static void printStages(PrintWriter out, Map<String, long[]> stages) {
    out.printf(Locale.ROOT, "  %-28s %10s %10s %14s%n", "stage", "wall s", "CPU s", "tokens/CPU s");
    stages.forEach(
        (name, v) ->
            out.printf(
                Locale.ROOT,
                "  %-28s %10.1f %10.1f %14.0f%n",
                name,
                v[0] / 1e9,
                v[2] / 1e9,
                v[2] == 0 ? 0.0 : v[1] / (v[2] / 1e9)));
  }

  private List<Article> load() throws IOException {
    ArticleReader reader = new ArticleReader(IngestOptions.defaults());
    List<Article> out = new ArrayList<>();
    if (in != null) {
      if (!Files.exists(in)) {
        throw new UserException("--in: no such file or directory: " + in);
      }
      collect(reader.read(in), out);
    } else {
      for (String name : BuiltInArticles.NAMES) {
        try (InputStream s = BuiltInArticles.open(name)) {
          IngestOptions opts =
              new IngestOptions(
                  name.endsWith(".jsonl") ? IngestOptions.InputFormat.JSONL : IngestOptions.InputFormat.TEXT,
                  java.time.LocalDate.of(2024, 3, 5),
                  null,
                  IngestOptions.DEFAULT_MAX_BYTES);
          collect(new ArticleReader(opts).read(s, name), out);
        }
      }
    }
    return out;
  }

  private void collect(Iterator<IngestResult> it, List<Article> out) {
    while (it.hasNext() && out.size() < limit + warmup) {
      if (it.next() instanceof IngestResult.Ok ok) {
        out.add(ok.article());
      }
    }
  }

  /** The example articles bundled in the jar. */
  static final class BuiltInArticles {
    static final List<String> NAMES =
        List.of("mosul-checkpoint.txt", "geneva-talks.txt", "port-protest.jsonl");

    static InputStream open(String name) throws IOException {
      InputStream s = BenchCommand.class.getResourceAsStream("/examples/" + name);
      if (s == null) {
        throw new IOException("built-in article missing from the jar: " + name);
      }
      return s;
    }

    private BuiltInArticles() {}
  }
}
