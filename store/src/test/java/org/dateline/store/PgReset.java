package org.dateline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Gives each PostgreSQL test a fresh schema, named in the URL's currentSchema. */
final class PgReset {
  private static int n;

  private PgReset() {}

  static String fresh(String url) {
    String schema = "t" + ProcessHandle.current().pid() + "_" + (n++);
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
