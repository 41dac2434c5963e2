package org.dateline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The read side of articles: whether one is current, records, full-text search, listings and the
 * JSON Lines export. Runs inside the store's connection; the caller ends the transaction.
 */
final class ArticleReader {
  /** How a stored article compares with one about to be written. */
  enum State {
    ABSENT,
    CURRENT,
    STALE
  }

  private final Connection c;
  private final boolean sqlite;

  ArticleReader(Connection c, boolean sqlite) {
    this.c = c;
    this.sqlite = sqlite;
  }

  /** CURRENT when the article is stored with this text and pipeline version: no need to recode. */
  State state(String id, String contentHash, String pipelineVersion) throws SQLException {
    List<Boolean> current = Sql.list(c, "SELECT content_hash, pipeline_version FROM articles WHERE id = ?",
        List.of(id), rs -> rs.getString(1).equals(contentHash) && rs.getString(2).equals(pipelineVersion));
    if (current.isEmpty()) {
      return State.ABSENT;
    }
    return current.get(0) ? State.CURRENT : State.STALE;
  }

  long count() throws SQLException {
    return Sql.list(c, "SELECT COUNT(*) FROM articles", List.of(), rs -> rs.getLong(1)).get(0);
  }

  long codingCount(String id) throws SQLException {
    return Sql.list(c, "SELECT COUNT(*) FROM codings WHERE article_id = ?", List.of(id), rs -> rs.getLong(1)).get(0);
  }

  Optional<String> record(String id) throws SQLException {
    return Sql.list(c, "SELECT record FROM articles WHERE id = ?", List.of(id), rs -> rs.getString(1))
        .stream().findFirst();
  }

  List<String> search(String query, int limit) throws SQLException {
    if (sqlite) {
      return Sql.list(c, "SELECT article_id FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?",
          List.of(FtsQuery.quote(query), limit), rs -> rs.getString(1));
    }
    return Sql.list(c, "SELECT id FROM articles WHERE search @@ plainto_tsquery('english', ?)"
        + " ORDER BY ts_rank(search, plainto_tsquery('english', ?)) DESC LIMIT ?",
        List.of(query, query, limit), rs -> rs.getString(1));
  }

  List<ArticleSummary> list(ArticleQuery q) throws SQLException {
    StringBuilder sql = new StringBuilder(
        "SELECT a.id, a.title, a.source, a.published, a.url, a.dateline_place FROM articles a WHERE 1=1");
    List<Object> params = new ArrayList<>();
    if (q.text() != null) {
      if (sqlite) {
        sql.append(" AND a.id IN (SELECT article_id FROM article_search WHERE article_search MATCH ?)");
        params.add(FtsQuery.quote(q.text()));
      } else {
        sql.append(" AND a.search @@ plainto_tsquery('english', ?)");
        params.add(q.text());
      }
    }
    if (q.source() != null) {
      sql.append(" AND a.source = ?");
      params.add(q.source());
    }
    if (q.from() != null) {
      sql.append(" AND a.published >= ?");
      params.add(q.from().toString());
    }
    if (q.to() != null) {
      sql.append(" AND a.published <= ?");
      params.add(q.to().toString());
    }
    sql.append(" ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?");
    params.add(q.limit());
    params.add(q.offset());
    return Sql.list(c, sql.toString(), params, rs -> new ArticleSummary(rs.getString(1), rs.getString(2),
        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
  }

  /** Writes every stored record as a line, in id order; returns how many. */
  long exportJsonLines(Writer out) throws SQLException {
    long n = 0;
    try (PreparedStatement ps = c.prepareStatement("SELECT record FROM articles ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.write(rs.getString(1));
        out.write('\n');
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("writing the export", e);
    }
  }
}
