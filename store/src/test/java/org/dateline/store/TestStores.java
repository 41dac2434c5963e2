package org.dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stores a vendor-independent test runs against: a fresh SQLite file always, and a fresh
 * PostgreSQL schema too when {@code DATELINE_TEST_PG_URL} names a database (CI starts one).
 */
final class TestStores {
  private static int files;
  private static int schemas;

  private TestStores() {}

  /** A new SQLite file in {@code dir}, then (if configured) a new PostgreSQL schema. */
  static synchronized Stream<String> fresh(Path dir) {
    List<String> out = new ArrayList<>();
    out.add(dir.resolve("s" + (files++) + ".db").toString());
    String pg = System.getenv("DATELINE_TEST_PG_URL");
    if (pg != null && !pg.isBlank()) {
      out.add(freshSchema(pg));
    }
    return out.stream();
  }

  /** The URL with a new, empty schema named in its currentSchema. */
  private static String freshSchema(String url) {
    String schema = "t" + ProcessHandle.current().pid() + "_" + (schemas++);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare PostgreSQL test schema at " + url, e);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
