/**
 * Exports of stored events in the formats event-data users read: CSV, JSON Lines, Parquet,
 * GeoJSON, PLOVER JSON and Phoenix-style TSV. {@link org.dateline.store.export.Exports} is the
 * entry point.
 */
@NullMarked
package org.dateline.store.export;

import org.jspecify.annotations.NullMarked;
