package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A load check, bounded in count and time, on loopback only: 200 concurrent clients, each sending
 * a run of requests to /api/events with varying filters, through a pool of four store connections
 * as {@code dateline serve} uses by default. Every answer must be a 200 with events;
 * p50/p99 latencies go to stdout and {@code target/load-check.txt}. Not a benchmark: it asserts
 * no errors, never a time.
 */
class EventsLoadIT {
  static final int CLIENTS = 200;
  static final int REQUESTS_EACH = 25;
  static final List<String> QUERIES = List.of(
      "/api/events?limit=100",
      "/api/events?type=ASSAULT&limit=50",
      "/api/events?country=IRQ&sort=oldest",
      "/api/events?q=Kirkuk",
      "/api/events?from=2015-12-01&to=2015-12-31&status=reported",
      "/api/events?bbox=38,29,49,38&limit=20&offset=5");

  @Test
  void twoHundredConcurrentClientsGetNoErrors() throws Exception {
    // The pool `dateline serve` uses by default.
    try (StorePool readers = StorePool.open(SeedStore.file().toString(), 4)) {
      Javalin app = new DatelineServer(new ServerConfig("127.0.0.1", 0, null, 100_000), readers, null).create().start();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      try {
        String base = "http://127.0.0.1:" + app.port();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          clients.add(pool.submit(() -> {
            go.await();
            for (int i = 0; i < REQUESTS_EACH; i++) {
              String path = QUERIES.get((client + i) % QUERIES.size());
              HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
              long t0 = System.nanoTime();
              try {
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                latencies.add(System.nanoTime() - t0);
                if (r.statusCode() != 200 || !r.body().startsWith("{\"events\":")) {
                  errors.incrementAndGet();
                  firstErrors.add(path + " → " + r.statusCode());
                }
              } catch (Exception e) {
                errors.incrementAndGet();
                firstErrors.add(path + " → " + e);
              }
            }
            return null;
          }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : clients) {
          f.get(5, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String report = String.format(Locale.ROOT,
            "load check: %d clients x %d requests on /api/events: %d answered, %d errors, p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms, %.0f requests/s over %.1f s%n",
            CLIENTS, REQUESTS_EACH, sorted.size(), errors.get(), percentile(sorted, 50), percentile(sorted, 99),
            sorted.get(sorted.size() - 1) / 1e6, sorted.size() / seconds, seconds);
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-check.txt"), report);
        assertThat(firstErrors).isEmpty();
        assertThat(errors.get()).isZero();
        assertThat(sorted).hasSize(CLIENTS * REQUESTS_EACH);
      } finally {
        pool.shutdownNow();
        app.stop();
      }
    }
  }

  static double percentile(List<Long> sortedNanos, int p) {
    int i = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
    return sortedNanos.get(Math.max(0, i)) / 1e6;
  }
}
