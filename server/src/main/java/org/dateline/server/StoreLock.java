package org.dateline.server;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises requests' use of the store's one connection. Fair, so that under load requests are
 * served in arrival order: an unfair monitor lets some requests wait far longer than others,
 * which shows as a long tail of latencies.
 */
final class StoreLock {
  private final ReentrantLock lock = new ReentrantLock(true);

  /** Holds the store until the returned handle is closed; use in try-with-resources. */
  Held hold() {
    lock.lock();
    return lock::unlock;
  }

  /** An acquired hold on the store. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }
}
