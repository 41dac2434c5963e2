package org.dateline.store.export;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dateline.store.StoredEvent;

/** RFC 4180 CSV with a header row: the {@link Column#EVENT} table; an empty cell is a null. */
final class CsvSink implements EventSink {
  private final CSVPrinter printer;

  CsvSink(Writer out) throws IOException {
    printer = CSVFormat.RFC4180.builder()
        .setHeader(Column.EVENT.stream().map(Column::name).toArray(String[]::new))
        .get()
        .print(out);
  }

  @Override
  public void write(StoredEvent e) throws IOException {
    for (Column c : Column.EVENT) {
      printer.print(c.value().apply(e));
    }
    printer.println();
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
