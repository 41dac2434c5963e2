package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.core.model.CodedDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several writers on one store (Spark tasks with --store): every put succeeds, and reports of the
 * same attack written at the same time still end up in one cluster.
 */
class ConcurrentWritersTest {
  @TempDir static Path dir;
  private static final LocalDate DAY = LocalDate.of(2015, 12, 26);

  static Stream<String> stores() {
    return TestStores.fresh(dir);
  }

  private static CodedDocument report(int writer, int i) {
    return StoreFixtures.report("w" + writer + "-" + i, "Outlet " + writer + "-" + i, DAY,
            "Iraqi/JJ police/NNS attacked/VBD militants/NNS in/IN Kirkuk/NNP ,/, killing/VBG five/CD ./.")
        .at(StoreFixtures.KIRKUK).killed("five", 5).build();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void writersAtOnceLoseNothingAndAgreeOnClusters(String where) throws Exception {
    ArticleStore.open(where).close(); // migrate once, before the writers race
    int writers = 4;
    int each = 5;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(pool.submit(() -> {
          try (ArticleStore store = ArticleStore.open(where)) {
            for (int i = 0; i < each; i++) {
              store.put(report(writer, i), "{}", "v1");
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    try (ArticleStore store = ArticleStore.open(where)) {
      List<StoredEvent> events = store.events(EventQuery.builder().limit(500).build());
      assertThat(events).hasSize(writers * each);
      Set<String> clusters = events.stream().map(StoredEvent::clusterId).collect(Collectors.toSet());
      assertThat(clusters).hasSize(1);
      assertThat(events.get(0).sourceCount()).isEqualTo(writers * each);
    }
  }
}
