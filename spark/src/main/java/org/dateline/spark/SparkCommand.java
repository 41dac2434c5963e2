package org.dateline.spark;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline spark}: codes a directory of articles on Apache Spark and writes Parquet. Runs
 * in-process with {@code --master local[N]}, or under {@code spark-submit} through {@link #main},
 * where the master comes from spark-submit.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Codes every article under --in on Apache Spark, one pipeline per executor task slot, and",
      "writes Parquet tables under --out: articles (with the same JSON record `dateline code`",
      "writes), entities, events (the columns of `dateline export --format parquet`), claims,",
      "failures; with --store, also into a store."
    })
public final class SparkCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "DIR", description = "Input directory (local path or Hadoop URI).")
  String in;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory for the Parquet tables.")
  String out;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]; default: from spark-submit, else local[*].")
  String master;

  @Option(names = "--annotators", defaultValue = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote", description = "CoreNLP annotators (default ${DEFAULT-VALUE}).")
  String annotators;

  @Option(names = "--coref", defaultValue = "fastneural", description = "statistical or fastneural (default ${DEFAULT-VALUE}).")
  String coref;

  @Option(names = "--profile", defaultValue = "full", paramLabel = "full|fast|lite", description = "Annotation profile, as for 'dateline code' (default ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for plain-text articles.")
  String date;

  @Option(names = "--source", paramLabel = "NAME", description = "Outlet for plain-text articles.")
  String source;

  @Option(names = "--max-bytes", defaultValue = "1000000", description = "Refuse larger articles (default ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--partitions", defaultValue = "0", description = "Partitions the articles are spread over for coding (default: Spark's parallelism).")
  int partitions;

  @Option(names = "--no-places", description = "Skip the places stage (no gazetteer needed on the executors).")
  boolean noPlaces;

  @Option(names = "--gazetteer-data", paramLabel = "DIR", description = "Installed gazetteer packages, as the executors see them (default: $DATELINE_GEO_DATA, else data/geo/node_modules of the checkout).")
  String gazetteerData;

  @Option(names = "--gazetteer-index", paramLabel = "FILE", description = "Gazetteer index, as the executors see it (default: $DATELINE_GEO_INDEX, else ~/.cache/dateline/geo/).")
  String gazetteerIndex;

  @Option(names = "--store", paramLabel = "PATH|JDBC-URL", description = "Also write every coded article to this store from the tasks (a PostgreSQL JDBC URL for a cluster).")
  String store;

  /** Entry point for spark-submit. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkCommand()).execute(args));
  }

  @Override
  public Integer call() {
    SparkJobOptions options =
        new SparkJobOptions(in, out, annotators, coref, profile, date, source, maxBytes, partitions, !noPlaces,
            gazetteerData, gazetteerIndex, store);
    SparkSession.Builder builder = SparkSession.builder().appName("dateline");
    if (master != null) {
      builder.master(master);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    long t0 = System.nanoTime();
    SparkSession spark = builder.getOrCreate();
    try {
      SparkCoder.Summary s = SparkCoder.run(spark, options);
      double secs = (System.nanoTime() - t0) / 1e9;
      spec.commandLine()
          .getErr()
          .printf(Locale.ROOT, "%d articles, %d failed, %.1f s (%.2f articles/s)%n",
              s.articles() + s.failures(), s.failures(), secs, s.articles() / secs);
      return s.failures() > 0 ? 1 : 0;
    } finally {
      spark.stop();
    }
  }
}
