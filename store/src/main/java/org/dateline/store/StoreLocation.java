package org.dateline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where a store lives: a file path (SQLite) or a JDBC URL ({@code jdbc:sqlite:...} or {@code
 * jdbc:postgresql://host/db?user=...}). Credentials may also come from {@code DATELINE_DB_USER} and
 * {@code DATELINE_DB_PASSWORD}, so they stay out of shell history.
 */
record StoreLocation(String jdbcUrl, String vendor, @Nullable String user, @Nullable String password) {

  static StoreLocation parse(String where) {
    if (where == null || where.isBlank()) {
      throw new IllegalArgumentException("--store needs a file path or a JDBC URL");
    }
    String user = System.getenv("DATELINE_DB_USER");
    String password = System.getenv("DATELINE_DB_PASSWORD");
    if (where.startsWith("jdbc:postgresql:")) {
      return new StoreLocation(where, "postgresql", user, password);
    }
    if (where.startsWith("jdbc:sqlite:")) {
      return new StoreLocation(where, "sqlite", null, null);
    }
    if (where.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "unsupported database in " + where.split("\\?")[0] + ": use a file path (SQLite) or jdbc:postgresql://...");
    }
    Path file = Path.of(where).toAbsolutePath();
    Path parent = file.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException("--store: directory does not exist: " + parent);
    }
    return new StoreLocation("jdbc:sqlite:" + file, "sqlite", null, null);
  }

  boolean isSqlite() {
    return vendor.equals("sqlite");
  }

  /** The location without credentials, for messages. */
  String display() {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
