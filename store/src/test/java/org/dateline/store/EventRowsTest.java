package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row's columns are its components, in order, and its values follow them; the store (SQLite,
 * and PostgreSQL when configured) gives every row back as it was mapped.
 */
class EventRowsTest {
  @TempDir static Path dir;
  private final List<EventRows.Mapped> rows =
      EventRows.of(StoreFixtures.article("a1", "Reuters", LocalDate.of(2015, 12, 26), "190"));

  @Test
  void everyRowBindsItsComponentsInColumnOrder() throws ReflectiveOperationException {
    EventRows.Mapped first = rows.get(0);
    assertThat(first.claim()).isNotNull();
    assertThat(first.actors()).isNotEmpty();
    assertThat(first.quantities()).isNotEmpty();
    assertBindsInOrder(first.event(), EventRow.COLUMNS, first.event().values());
    assertBindsInOrder(first.actors().get(0), EventRows.ActorRow.COLUMNS, first.actors().get(0).values());
    assertBindsInOrder(first.quantities().get(0), EventRows.QuantityRow.COLUMNS, first.quantities().get(0).values());
    assertBindsInOrder(first.claim(), EventRows.ClaimRow.COLUMNS, first.claim().values());
  }

  @Test
  void eventsAreNumberedAndTheirActorsAndCountsToo() {
    assertThat(rows).extracting(m -> m.event().ordinal()).containsExactly(0, 1);
    EventRows.Mapped first = rows.get(0);
    assertThat(first.actors()).extracting(EventRows.ActorRow::role, EventRows.ActorRow::ordinal)
        .containsExactly(Tuple.tuple("source", 0), Tuple.tuple("target", 0));
    assertThat(first.event().dateFirst()).isEqualTo("2015-12-26");
    assertThat(first.event().countryIso3()).isEqualTo("IRQ");
  }

  @ParameterizedTest
  @MethodSource("stores")
  void theStoreGivesBackEveryColumnOfEveryRow(String where) throws SQLException {
    try (ArticleStore store = ArticleStore.open(where)) {
      store.put(StoreFixtures.article("a1", "Reuters", LocalDate.of(2015, 12, 26), "190"), "{}", "v1");
    }
    String url = where.startsWith("jdbc:") ? where : "jdbc:sqlite:" + where;
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(Sql.list(c, "SELECT * FROM events ORDER BY ordinal", List.of(), EventRow::read))
          .isEqualTo(rows.stream().map(EventRows.Mapped::event).toList());
      assertThat(Sql.list(c, "SELECT * FROM event_actors ORDER BY event_id, role, ordinal", List.of(),
              EventRows.ActorRow::read))
          .containsExactlyInAnyOrderElementsOf(rows.stream().flatMap(m -> m.actors().stream()).toList());
    }
  }

  static Stream<String> stores() {
    return TestStores.fresh(dir);
  }

  private static void assertBindsInOrder(Record row, List<String> columns, List<Object> values)
      throws ReflectiveOperationException {
    List<String> names = new ArrayList<>();
    List<Object> expected = new ArrayList<>();
    for (RecordComponent c : row.getClass().getRecordComponents()) {
      names.add(snake(c.getName()));
      expected.add(c.getAccessor().invoke(row));
    }
    assertThat(columns).isEqualTo(names);
    assertThat(values).isEqualTo(expected);
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
