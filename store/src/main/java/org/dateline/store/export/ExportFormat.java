package org.dateline.store.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, by the name users type. */
public enum ExportFormat {
  CSV,
  JSONL,
  PARQUET,
  GEOJSON,
  PLOVER,
  PHOENIX;

  /** The format named {@code name} (any case); a clear error naming the choices otherwise. */
  public static ExportFormat parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export format '" + name + "': use one of " + names());
    }
  }

  public static String names() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }

  /** Whether the format is binary and needs a file (Parquet cannot stream to a pipe). */
  public boolean needsFile() {
    return this == PARQUET;
  }
}
