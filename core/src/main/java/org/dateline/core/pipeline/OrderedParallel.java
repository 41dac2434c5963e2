package org.dateline.core.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a costly function on N worker threads, each with its own worker state (a pipeline: CoreNLP
 * annotators are not all thread-safe), and hands the results back in input order. At most {@code
 * 2 * threads} items are in flight, so memory stays bounded however long the input.
 *
 * <p>Use from one thread: {@link #submit} items, then {@link #close}, which drains what is left.
 *
 * @param <S> per-thread worker state, built lazily on each worker thread
 * @param <I> input item
 * @param <O> result
 */
public final class OrderedParallel<S, I, O> implements AutoCloseable {
  private final ExecutorService workers;
  private final ThreadLocal<S> state;
  private final BiFunction<S, I, O> work;
  private final Consumer<O> sink;
  private final Deque<Future<O>> inFlight = new ArrayDeque<>();
  private final int maxInFlight;

  /**
   * @param threads worker threads (1 or more)
   * @param stateFactory builds one worker state per thread, on that thread
   * @param work the function; must not throw for bad data (return a failure result instead)
   * @param sink receives results in input order, on the submitting thread
   */
  public OrderedParallel(
      int threads, Supplier<S> stateFactory, BiFunction<S, I, O> work, Consumer<O> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "dateline-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.state = ThreadLocal.withInitial(Objects.requireNonNull(stateFactory));
    this.work = Objects.requireNonNull(work);
    this.sink = Objects.requireNonNull(sink);
    this.maxInFlight = 2 * threads;
  }

  /** Queues one item; blocks while the oldest results are still being computed. */
  public void submit(I item) {
    while (inFlight.size() >= maxInFlight) {
      sink.accept(await(inFlight.removeFirst()));
    }
    inFlight.addLast(workers.submit(() -> work.apply(state.get(), item)));
  }

  /** Hands over every remaining result, in order, and stops the workers. */
  @Override
  public void close() {
    try {
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      workers.shutdownNow();
    }
  }

  private static <O> O await(Future<O> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      // The work function reports bad data as results; an exception here is a bug in a stage.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
