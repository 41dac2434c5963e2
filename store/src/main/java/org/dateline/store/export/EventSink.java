package org.dateline.store.export;

import java.io.Closeable;
import java.io.IOException;
import org.dateline.store.StoredEvent;

/** Writes events in one format; {@link #close} finishes the file (footer, closing brackets). */
interface EventSink extends Closeable {
  void write(StoredEvent e) throws IOException;
}
