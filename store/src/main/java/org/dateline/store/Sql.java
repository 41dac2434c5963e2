package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Bound-parameter helpers: every value goes through {@link PreparedStatement#setObject}. */
final class Sql {
  private Sql() {}

  /** A row mapper that may throw, for {@link #list}. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  static void bind(PreparedStatement ps, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (p instanceof Boolean b) {
        ps.setBoolean(i + 1, b);
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  static int update(Connection c, String sql, @Nullable Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, java.util.Arrays.asList(params));
      return ps.executeUpdate();
    }
  }

  static <T> List<T> list(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row.map(rs));
        }
      }
      return out;
    }
  }

  /** A column that may be SQL NULL, as a boxed value. */
  static @Nullable Double optDouble(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  static @Nullable Double optDouble(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  static @Nullable Integer optInt(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  static @Nullable Long optLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  /** "?, ?, ?" for an IN list of n values. */
  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
