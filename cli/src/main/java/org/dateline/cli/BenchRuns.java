package org.dateline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.core.model.Article;
import org.dateline.core.nlp.CoreNlpBaseline;
import org.dateline.core.pipeline.DatelinePipeline;

/**
 * The timed passes of {@code dateline bench}: the warm-up, Dateline's side on its worker threads
 * and the baseline's on the calling thread. Apart from {@link BenchCommand}, which decides what to
 * run and prints it, so that both sides are visibly timed the same way in one place.
 */
final class BenchRuns {
  private BenchRuns() {}

  /**
   * The warm-up articles, shared out among the pipelines (every pipeline codes at least one), so
   * one-time lazy initialisation and the JIT's compilation of the hot code are not charged.
   */
  static void warmUp(List<Article> warmSet, List<DatelinePipeline> pipelines) {
    List<Thread> warm = new ArrayList<>();
    for (int k = 0; k < pipelines.size(); k++) {
      DatelinePipeline p = pipelines.get(k);
      int first = k;
      warm.add(start(() -> {
        for (int i = first; i < Math.max(warmSet.size(), pipelines.size()); i += pipelines.size()) {
          p.code(warmSet.get(i % warmSet.size()));
        }
      }));
    }
    join(warm);
  }

  /**
   * Wall-clock and CPU-time rates. On a machine shared with other work the wall clock stretches
   * while the CPU time a run needs does not: compare {@code articlesPerCpuSecond} there.
   */
  record Result(
      double articlesPerSecond, double tokensPerSecond, double articlesPerCpuSecond, double coldStart, int failed) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%.2f articles/s, %.0f tokens/s, %.2f articles per CPU second, cold start %.1f s, %d failed",
          articlesPerSecond,
          tokensPerSecond,
          articlesPerCpuSecond,
          coldStart,
          failed);
    }
  }

  /** Dateline's side: every article through one of the pipelines, one worker thread each. */
  static Result measureParallel(
      List<Article> articles, int repeat, List<DatelinePipeline> pipelines, long[] stagesCpu,
      double cold,
      List<org.dateline.core.model.AnnotatedDocument> annotated) {
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicLong tokens = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
    int total = articles.size() * repeat;
    long cpu0 = ProcessMeter.processCpuNanos();
    long t0 = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    try (Progress progress = new Progress("dateline")) {
      for (DatelinePipeline p : pipelines) {
        workers.add(
            start(
                    () -> {
                      long mine = 0;
                      for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        Article a = articles.get(i % articles.size());
                        long c0 = ProcessMeter.threadCpuNanos();
                        try {
                          org.dateline.core.model.AnnotatedDocument d = p.code(a).annotated();
                          tokens.addAndGet(d.tokenCount());
                          if (i < articles.size()) {
                            annotated.add(d); // one pass's worth, for timing the places stage apart
                          }
                        } catch (RuntimeException e) {
                          failed.incrementAndGet();
                        }
                        mine += ProcessMeter.threadCpuNanos() - c0;
                        synchronized (progress) {
                          progress.step(a.id());
                        }
                      }
                      cpu.addAndGet(mine);
                    }));
      }
      join(workers);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpuSecs = (ProcessMeter.processCpuNanos() - cpu0) / 1e9;
    stagesCpu[0] = cpu.get();
    int done = total - failed.get();
    return new Result(done / secs, tokens.get() / secs, done / cpuSecs, cold, failed.get());
  }

  private static Thread start(Runnable r) {
    Thread t = new Thread(r, "bench-worker");
    t.start();
    return t;
  }

  private static void join(List<Thread> threads) {
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  /** The baseline's side, on the calling thread; the caller has warmed it up. */
  static Result measure(String name, List<Article> articles, int repeat,
      java.util.function.Function<Article, ?> annotate, double cold) {
    long tokens = 0;
    int done = 0;
    int failed = 0;
    long cpu0 = ProcessMeter.processCpuNanos();
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
    double cpuSecs = (ProcessMeter.processCpuNanos() - cpu0) / 1e9;
    return new Result(done / secs, tokens / secs, done / cpuSecs, cold, failed);
  }
}
