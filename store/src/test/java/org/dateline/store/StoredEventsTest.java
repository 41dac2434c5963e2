package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.dateline.core.model.CodedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events flattened without a store are the records the store gives back for the same document. */
class StoredEventsTest {
  @TempDir Path dir;

  @Test
  void flatteningADocumentGivesWhatTheStoreReturns() {
    CodedDocument doc = StoreFixtures.article("a1", "Reuters", LocalDate.of(2015, 12, 26), "190");
    List<StoredEvent> direct = StoredEvents.of(doc).stream().sorted(Comparator.comparing(StoredEvent::id)).toList();
    try (ArticleStore store = ArticleStore.open(dir.resolve("s.db").toString())) {
      store.put(doc, "{}", "v1");
      List<StoredEvent> stored = store.events(EventQuery.builder().build()).stream()
          .sorted(Comparator.comparing(StoredEvent::id)).toList();
      assertThat(direct).hasSize(2);
      assertThat(direct).isEqualTo(stored);
    }
  }
}
