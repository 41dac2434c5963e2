package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.posexplode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dateline.store.export.Column;

/**
 * The Dateline pipeline as a Spark job: the input directory's files are read into articles, the
 * articles are spread over partitions, each task codes its articles with a pipeline borrowed from
 * its executor ({@link PipelinePool}: one per task slot),
 * and the results are written as Parquet tables under the output directory: {@code articles}
 * (with the full JSON record, identical to {@code dateline code}'s), {@code entities}, {@code
 * events} (the columns of {@code dateline export --format parquet}), {@code claims} and {@code
 * failures}. The coded rows are persisted once, so no article is annotated twice.
 */
public final class SparkCoder {
  static final StructType ENTITY =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("start", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false),
            DataTypes.createStructField("sentence", DataTypes.IntegerType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("label", DataTypes.StringType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false)
          });

  /** The store export's flat event table ({@link Column#EVENT}): same names, same meanings. */
  static final StructType EVENT = eventType();

  static final StructType CLAIM =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("event_id", DataTypes.StringType, false),
            DataTypes.createStructField("sentence", DataTypes.IntegerType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("status_cue", DataTypes.StringType, true),
            DataTypes.createStructField("source_text", DataTypes.StringType, false),
            DataTypes.createStructField("source_kind", DataTypes.StringType, false),
            DataTypes.createStructField("source_name", DataTypes.StringType, true),
            DataTypes.createStructField("source_start", DataTypes.IntegerType, true),
            DataTypes.createStructField("source_end", DataTypes.IntegerType, true),
            DataTypes.createStructField("cue", DataTypes.StringType, true),
            DataTypes.createStructField("cue_start", DataTypes.IntegerType, true),
            DataTypes.createStructField("cue_end", DataTypes.IntegerType, true)
          });

  private static StructType eventType() {
    List<StructField> fields = new java.util.ArrayList<>();
    for (Column c : Column.EVENT) {
      DataType t = switch (c.kind()) {
        case STRING -> DataTypes.StringType;
        case INT -> DataTypes.IntegerType;
        case DOUBLE -> DataTypes.DoubleType;
        case BOOLEAN -> DataTypes.BooleanType;
      };
      fields.add(DataTypes.createStructField(c.name(), t, true));
    }
    return new StructType(fields.toArray(new StructField[0]));
  }

  static final StructType CODED =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("origin", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("source", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.DateType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("dateline_place", DataTypes.StringType, true),
            DataTypes.createStructField("dateline_agency", DataTypes.StringType, true),
            DataTypes.createStructField("record", DataTypes.StringType, true),
            DataTypes.createStructField("entities", DataTypes.createArrayType(ENTITY, false), true),
            DataTypes.createStructField("events", DataTypes.createArrayType(EVENT, false), true),
            DataTypes.createStructField("claims", DataTypes.createArrayType(CLAIM, false), true),
            DataTypes.createStructField("failure_item", DataTypes.StringType, true),
            DataTypes.createStructField("failure_stage", DataTypes.StringType, true),
            DataTypes.createStructField("failure_message", DataTypes.StringType, true)
          });

  /** Counts of one run. */
  public record Summary(long articles, long failures) {}

  private SparkCoder() {}

  public static Summary run(SparkSession spark, SparkJobOptions options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    String root = qualifiedRoot(jsc, options.in());
    int partitions = options.partitions() > 0 ? options.partitions() : jsc.defaultParallelism();
    JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(options.in(), partitions);
    // A file is read whole by one task, so one large file (a WARC, a JSON Lines dump) would be
    // coded by one task slot while the others idle: its articles are spread round-robin first.
    JavaRDD<Row> rows =
        files.mapPartitions(new IngestPartition(options, root))
            .repartition(partitions)
            .mapPartitions(new CodePartition(options));
    Dataset<Row> coded = spark.createDataFrame(rows, CODED).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> articles = coded.filter(col("id").isNotNull());
      articles
          .drop("entities", "events", "claims", "failure_item", "failure_stage", "failure_message")
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(options.out() + "/articles");
      articles
          .select(col("id").as("article_id"), posexplode(col("entities")).as(new String[] {"ordinal", "entity"}))
          .select(col("article_id"), col("ordinal"), col("entity.*"))
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(options.out() + "/entities");
      articles
          .select(explode(col("events")).as("event"))
          .select(col("event.*"))
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(options.out() + "/events");
      articles
          .select(col("id").as("article_id"), explode(col("claims")).as("claim"))
          .select(col("article_id"), col("claim.*"))
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(options.out() + "/claims");
      Dataset<Row> failures = coded.filter(col("failure_item").isNotNull());
      failures
          .select(col("failure_item").as("item"), col("failure_stage").as("stage"), col("failure_message").as("message"))
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(options.out() + "/failures");
      return new Summary(articles.count(), failures.count());
    } finally {
      coded.unpersist();
    }
  }

  private static String qualifiedRoot(JavaSparkContext jsc, String in) {
    try {
      Path p = new Path(in);
      FileSystem fs = p.getFileSystem(jsc.hadoopConfiguration());
      if (!fs.exists(p)) {
        throw new IllegalArgumentException("--in: no such directory: " + in);
      }
      return fs.makeQualified(p).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + in, e);
    }
  }

  static List<String> tables() {
    return List.of("articles", "entities", "events", "claims", "failures");
  }
}
