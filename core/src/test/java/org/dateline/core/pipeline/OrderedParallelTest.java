package org.dateline.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {
  @Test
  void resultsComeBackInInputOrderWithOneStatePerThread() {
    List<String> out = new ArrayList<>();
    Set<Object> states = ConcurrentHashMap.newKeySet();
    AtomicInteger built = new AtomicInteger();
    try (OrderedParallel<Object, Integer, String> p =
        new OrderedParallel<>(
            3,
            () -> {
              built.incrementAndGet();
              return new Object();
            },
            (state, i) -> {
              states.add(state);
              sleep(ThreadLocalRandom.current().nextInt(3)); // finish out of order
              return "r" + i;
            },
            out::add)) {
      for (int i = 0; i < 200; i++) {
        p.submit(i);
      }
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      expected.add("r" + i);
    }
    assertThat(out).isEqualTo(expected);
    assertThat(built.get()).isBetween(1, 3);
    assertThat(states).hasSize(built.get());
  }

  @Test
  void aBugInTheWorkSurfacesToTheCaller() {
    List<String> out = new ArrayList<>();
    assertThatThrownBy(
            () -> {
              try (OrderedParallel<Object, Integer, String> p =
                  new OrderedParallel<>(2, Object::new, (s, i) -> {
                    if (i == 3) {
                      throw new IllegalStateException("stage bug");
                    }
                    return "r" + i;
                  }, out::add)) {
                for (int i = 0; i < 6; i++) {
                  p.submit(i);
                }
              }
            })
        .hasMessage("stage bug");
    assertThat(out).startsWith("r0", "r1", "r2");
  }

  @Test
  void zeroThreadsIsRefused() {
    assertThatThrownBy(() -> new OrderedParallel<Object, Integer, Integer>(0, Object::new, (s, i) -> i, x -> {}))
        .hasMessageContaining("threads must be at least 1");
  }

  private static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
