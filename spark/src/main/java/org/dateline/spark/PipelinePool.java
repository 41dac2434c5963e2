package org.dateline.spark;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.core.geo.Gazetteer;
import org.dateline.core.geo.GazetteerConfig;
import org.dateline.core.geo.GazetteerLoader;
import org.dateline.core.geo.Geoparser;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.pipeline.CueSelector;
import org.dateline.core.pipeline.DatelinePipeline;

/**
 * Pipelines kept per executor JVM and lent to one task at a time: loading CoreNLP takes tens of
 * seconds, so tasks reuse pipelines instead of building one each, and tasks running at once on
 * one executor each get their own. JVM-wide by necessity (Spark gives tasks no other place to keep
 * them); keyed by configuration, so jobs with different settings never share.
 */
final class PipelinePool {
  private static final Map<SparkJobOptions, Queue<DatelinePipeline>> IDLE = new ConcurrentHashMap<>();
  private static final Map<GazetteerConfig, Gazetteer> GAZETTEERS = new ConcurrentHashMap<>();

  private PipelinePool() {}

  static DatelinePipeline borrow(SparkJobOptions options) {
    DatelinePipeline p = IDLE.computeIfAbsent(options, k -> new ConcurrentLinkedQueue<>()).poll();
    if (p != null) {
      return p;
    }
    Optional<Geoparser> geoparser =
        options.runsPlaces() ? Optional.of(new Geoparser(gazetteer(options))) : Optional.empty();
    return DatelinePipeline.builder(new CoreNlpAnnotator(options.nlpConfig(), CueSelector.shipped())).geoparser(geoparser).build();
  }

  /** One gazetteer per executor JVM and location: it is immutable and large. */
  private static Gazetteer gazetteer(SparkJobOptions options) {
    GazetteerConfig d = GazetteerConfig.defaults();
    GazetteerConfig config = new GazetteerConfig(
        options.gazetteerData() == null ? d.sourceDir() : Path.of(options.gazetteerData()),
        options.gazetteerIndex() == null ? d.indexFile() : Path.of(options.gazetteerIndex()));
    return GAZETTEERS.computeIfAbsent(config, GazetteerLoader::load);
  }

  static void giveBack(SparkJobOptions options, DatelinePipeline pipeline) {
    IDLE.computeIfAbsent(options, k -> new ConcurrentLinkedQueue<>()).add(pipeline);
  }
}
