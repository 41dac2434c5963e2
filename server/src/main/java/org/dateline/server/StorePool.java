package org.dateline.server;

import io.javalin.http.ServiceUnavailableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.dateline.store.ArticleStore;

/**
 * The store connections requests go through. A store is one connection and not thread-safe, so a
 * request leases one for its duration; with several, reads run side by side (SQLite in WAL mode
 * and PostgreSQL both allow concurrent readers). Waiting requests are served in arrival order: an
 * unfair queue lets some wait far longer than others, which shows as a long tail of latencies.
 */
final class StorePool implements AutoCloseable {
  private final BlockingQueue<ArticleStore> free;
  private final List<ArticleStore> owned;

  private StorePool(List<ArticleStore> stores, boolean owns) {
    this.free = new ArrayBlockingQueue<>(stores.size(), true, stores);
    this.owned = owns ? List.copyOf(stores) : List.of();
  }

  /** A pool of one store the caller keeps (and closes). */
  static StorePool of(ArticleStore store) {
    return new StorePool(List.of(store), false);
  }

  /** Opens {@code size} connections to the store at {@code where}; {@link #close} closes them. */
  static StorePool open(String where, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("the server needs at least one store connection, got " + size);
    }
    List<ArticleStore> stores = new ArrayList<>();
    try {
      for (int i = 0; i < size; i++) {
        stores.add(ArticleStore.open(where));
      }
    } catch (RuntimeException e) {
      stores.forEach(ArticleStore::close);
      throw e;
    }
    return new StorePool(stores, true);
  }

  /** Waits for a free store; close the lease (try-with-resources) to give it back. */
  Lease lease() {
    try {
      return new Lease(free.take());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableResponse("interrupted while waiting for the store");
    }
  }

  @Override
  public void close() {
    owned.forEach(ArticleStore::close);
  }

  /** One store, held by one request. */
  final class Lease implements AutoCloseable {
    private final ArticleStore store;

    private Lease(ArticleStore store) {
      this.store = store;
    }

    ArticleStore store() {
      return store;
    }

    @Override
    public void close() {
      free.add(store);
    }
  }
}
