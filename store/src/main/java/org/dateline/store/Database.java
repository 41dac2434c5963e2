package org.dateline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** Brings a store's schema up to date (Flyway, one migration set per vendor) and connects to it. */
final class Database {
  private Database() {}

  /**
   * The store's one connection, in manual-commit mode. SQLite gets write-ahead logging (readers
   * do not block the writer), enforced foreign keys, and a busy timeout so that writers from
   * other processes wait for the lock instead of failing.
   */
  static Connection open(StoreLocation location) throws SQLException {
    Flyway.configure()
        .dataSource(location.jdbcUrl(), location.user(), location.password())
        .locations("classpath:db/migration/" + location.vendor())
        .load()
        .migrate();
    Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
    if (location.isSqlite()) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=10000");
      }
    }
    c.setAutoCommit(false);
    return c;
  }
}
