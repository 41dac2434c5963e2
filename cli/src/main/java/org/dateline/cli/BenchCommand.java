package org.dateline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

  @Option(names = "--no-baseline", description = "Skip the CoreNLP default pipeline.")
  boolean noBaseline;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1 || repeat < 1) {
      throw new UserException("--limit and --repeat must be at least 1");
    }
    List<Article> articles = load();
    if (articles.isEmpty()) {
      throw new UserException("no readable articles to measure");
    }
    out.printf(Locale.ROOT, "articles: %d x %d passes%n", articles.size(), repeat);

    long t0 = System.nanoTime();
    CoreNlpAnnotator ours = new CoreNlpAnnotator(nlp.config());
    double nlpLoad = (System.nanoTime() - t0) / 1e9;
    boolean places = !noPlaces && nlp.config().layers().contains(org.dateline.core.model.Layer.ENTITIES);
    long g0 = System.nanoTime();
    java.util.Optional<org.dateline.core.geo.Geoparser> geoparser =
        places ? java.util.Optional.of(new org.dateline.core.geo.Geoparser(gazetteer.load())) : java.util.Optional.empty();
    double geoLoad = (System.nanoTime() - g0) / 1e9;
    DatelinePipeline pipeline = DatelinePipeline.builder(ours).geoparser(geoparser).build();
    double cold = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "cold start: CoreNLP %.1f s, gazetteer %.1f s, total %.1f s%n", nlpLoad, geoLoad, cold);
    long[] total = new long[1];
    Result dateline =
        measure(
            "dateline",
            articles,
            a -> {
              long s0 = System.nanoTime();
              org.dateline.core.model.CodedDocument d = pipeline.code(a);
              total[0] += System.nanoTime() - s0;
              return d.annotated();
            },
            cold);
    Map<String, long[]> stages = new java.util.LinkedHashMap<>(ours.stageTimings());
    long nlpNanos = stages.values().stream().mapToLong(v -> v[0]).sum();
    long tokensSeen = stages.isEmpty() ? 0 : stages.values().iterator().next()[1];
    // Everything after CoreNLP: coref repair, time anchoring, attribution, places, actors, events.
    stages.put("dateline stages (places, actors, events, claims)", new long[] {total[0] - nlpNanos, tokensSeen});
    printStages(out, stages);
    long oursRss = peakRssMb();
    out.printf(Locale.ROOT, "dateline: %s, peak RSS %d MB%n", dateline, oursRss);

    double ratio = Double.NaN;
    if (!noBaseline) {
      System.gc();
      t0 = System.nanoTime();
      CoreNlpBaseline baseline = new CoreNlpBaseline();
      double baseCold = (System.nanoTime() - t0) / 1e9;
      Result base = measure("corenlp-default", articles, baseline::annotate, baseCold);
      out.printf(Locale.ROOT, "corenlp default (tokenize,ssplit,pos,lemma,ner,depparse,coref): %s%n", base);
      printStages(out, baseline.stageTimings());
      ratio = dateline.articlesPerSecond / base.articlesPerSecond;
      out.printf(Locale.ROOT, "ratio (dateline / corenlp default): %.2f%n", ratio);
      out.printf(Locale.ROOT, "peak RSS of the process after both: %d MB%n", peakRssMb());
    }
    out.printf(
        Locale.ROOT,
        "RESULT bench articles_per_s=%.3f ratio=%.3f rss_mb=%d cold_start_s=%.1f tokens_per_s=%.0f%n",
        dateline.articlesPerSecond,
        ratio,
        oursRss,
        dateline.coldStart,
        dateline.tokensPerSecond);
    return ExitCodes.OK;
  }

  private record Result(double articlesPerSecond, double tokensPerSecond, double coldStart, int failed) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%.2f articles/s, %.0f tokens/s, cold start %.1f s, %d failed",
          articlesPerSecond,
          tokensPerSecond,
          coldStart,
          failed);
    }
  }

  private Result measure(
      String name, List<Article> articles, java.util.function.Function<Article, ?> annotate, double cold) {
    // One untimed article first, so the one-time lazy initialisation is not charged to throughput.
    annotate.apply(articles.get(0));
    long tokens = 0;
    int done = 0;
    int failed = 0;
    long t0 = System.nanoTime();
    try (Progress progress = new Progress(name)) {
      for (int pass = 0; pass < repeat; pass++) {
        for (Article a : articles) {
          try {
            Object doc = annotate.apply(a);
            tokens += doc instanceof org.dateline.core.model.AnnotatedDocument d ? d.tokenCount() : CoreNlpBaseline.tokenCount(doc);
            done++;
          } catch (RuntimeException e) {
            failed++;
          }
          progress.step(a.id());
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new Result(done / secs, tokens / secs, cold, failed);
  }

  private static void printStages(PrintWriter out, Map<String, long[]> stages) {
    stages.forEach(
        (name, v) ->
            out.printf(
                Locale.ROOT,
                "  %-28s %8.1f s %10.0f tokens/s%n",
                name,
                v[0] / 1e9,
                v[0] == 0 ? 0.0 : v[1] / (v[0] / 1e9)));
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
    while (it.hasNext() && out.size() < limit) {
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

  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1; // not Linux: report unknown rather than fail the benchmark
    }
    return -1;
  }
}
