package org.dateline.spark;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.pipeline.DatelinePipeline;

/**
 * Pipelines kept per executor JVM and lent to one task at a time: loading CoreNLP takes tens of
 * seconds, so tasks reuse pipelines instead of building one each, and tasks running at once on
 * one executor each get their own. JVM-wide by necessity (Spark gives tasks no other place to keep
 * them); keyed by configuration, so jobs with different settings never share.
 */
final class PipelinePool {
  private static final Map<SparkJobOptions, Queue<DatelinePipeline>> IDLE = new ConcurrentHashMap<>();

  private PipelinePool() {}

  static DatelinePipeline borrow(SparkJobOptions options) {
    DatelinePipeline p = IDLE.computeIfAbsent(options, k -> new ConcurrentLinkedQueue<>()).poll();
    return p != null ? p : new DatelinePipeline(new CoreNlpAnnotator(options.nlpConfig(), org.dateline.core.pipeline.CueSelector.shipped()));
  }

  static void giveBack(SparkJobOptions options, DatelinePipeline pipeline) {
    IDLE.computeIfAbsent(options, k -> new ConcurrentLinkedQueue<>()).add(pipeline);
  }
}
