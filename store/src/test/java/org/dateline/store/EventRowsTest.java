package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Each row's columns are its components, in order, and its values follow them. */
class EventRowsTest {
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
