package org.dateline.core.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * An iterator over a source read step by step: each {@link #step()} yields the next result, or
 * null when the step produced nothing (a skipped record); the subclass calls {@link #finish()} at
 * the end of its input.
 */
abstract class SteppingIterator implements Iterator<IngestResult> {
  private @Nullable IngestResult next;
  private boolean finished;

  /** Reads on; returns a result, or null if this step produced none. */
  protected abstract @Nullable IngestResult step();

  protected final void finish() {
    finished = true;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !finished) {
      next = step();
    }
    return next != null;
  }

  @Override
  public final IngestResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestResult r = next;
    next = null;
    return r;
  }
}
