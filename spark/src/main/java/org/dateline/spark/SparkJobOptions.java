package org.dateline.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.nlp.NlpConfig;
import org.jspecify.annotations.Nullable;

/**
 * What a Spark coding job reads, how it codes, and where it writes. Serializable: it travels to
 * the executors, where each task builds (or borrows) its pipeline from it.
 *
 * @param in a directory (local, HDFS, S3...) of plain-text, JSON Lines, HTML, feed or WARC files
 * @param out the output directory; one Parquet table per sub-directory
 * @param annotators CoreNLP annotator list, as for {@code dateline code}
 * @param profile annotation profile, as for {@code dateline code --profile} (full, fast or lite)
 * @param partitions number of input partitions (0: Spark's default parallelism)
 * @param places whether to run the places stage (it also needs {@code ner} among the annotators)
 * @param gazetteerData installed gazetteer packages as seen from the executors; null: the default
 * @param gazetteerIndex gazetteer index file as seen from the executors; null: the default
 * @param store a store (SQLite path or JDBC URL) each task also writes its articles to; null: none
 */
public record SparkJobOptions(
    String in,
    String out,
    String annotators,
    String coref,
    String profile,
    @Nullable String date,
    @Nullable String source,
    long maxBytes,
    int partitions,
    boolean places,
    @Nullable String gazetteerData,
    @Nullable String gazetteerIndex,
    @Nullable String store)
    implements Serializable {

  public SparkJobOptions {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(profile, "profile");
    nlpConfig(annotators, coref, profile); // fail on the driver, before any executor starts
    ingestOptions(date, source, maxBytes);
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be >= 0");
    }
  }

  /** Places run when asked for and the annotators give named entities, as in {@code dateline code}. */
  boolean runsPlaces() {
    return places && nlpConfig().layers().contains(org.dateline.core.model.Layer.ENTITIES);
  }

  /** What decides a coding's output, recorded with each article a task writes to a store. */
  String pipelineVersion() {
    return "dateline-spark;annotators=" + annotators.replace(" ", "") + ";coref=" + coref + ";profile=" + profile
        + (runsPlaces() ? ";places=on" : ";places=off");
  }

  NlpConfig nlpConfig() {
    return nlpConfig(annotators, coref, profile);
  }

  IngestOptions ingestOptions() {
    return ingestOptions(date, source, maxBytes);
  }

  private static NlpConfig nlpConfig(String annotators, String coref, String profile) {
    return NlpConfig.parse(
        annotators,
        NlpConfig.CorefAlgorithm.valueOf(coref.toUpperCase(java.util.Locale.ROOT)),
        NlpConfig.Profile.valueOf(profile.toUpperCase(java.util.Locale.ROOT)));
  }

  private static IngestOptions ingestOptions(@Nullable String date, @Nullable String source, long maxBytes) {
    return new IngestOptions(
        IngestOptions.InputFormat.AUTO, date == null ? null : LocalDate.parse(date), source, maxBytes);
  }
}
