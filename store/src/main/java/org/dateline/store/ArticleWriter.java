package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.dateline.core.model.Article;
import org.dateline.core.model.EntityMention;
import org.jspecify.annotations.Nullable;

/**
 * Writes an article's own rows inside the caller's transaction: the article with its record, its
 * entity mentions, its coding history and (on SQLite) its full-text index entry. PostgreSQL keeps
 * its index in a generated column instead.
 */
final class ArticleWriter {
  private final Connection c;
  private final boolean sqlite;

  ArticleWriter(Connection c, boolean sqlite) {
    this.c = c;
    this.sqlite = sqlite;
  }

  void add(Article a, String hash, String record, String version, String now) throws SQLException {
    Sql.update(c,
        "INSERT INTO articles (id, content_hash, origin, url, source, published, title, text,"
            + " dateline_place, dateline_agency, record, pipeline_version, coded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        a.id(), hash, a.origin(), a.url(), a.source(), published(a), a.title(), a.text(),
        datelinePlace(a), datelineAgency(a), record, version, now);
  }

  /** Replaces a recoded article's row and drops its entity mentions and index entry. */
  void replace(Article a, String hash, String record, String version, String now) throws SQLException {
    Sql.update(c, "DELETE FROM entity_mentions WHERE article_id = ?", a.id());
    if (sqlite) {
      Sql.update(c, "DELETE FROM article_search WHERE article_id = ?", a.id());
    }
    Sql.update(c,
        "UPDATE articles SET content_hash = ?, origin = ?, url = ?, source = ?, published = ?,"
            + " title = ?, text = ?, dateline_place = ?, dateline_agency = ?, record = ?,"
            + " pipeline_version = ?, coded_at = ? WHERE id = ?",
        hash, a.origin(), a.url(), a.source(), published(a), a.title(), a.text(),
        datelinePlace(a), datelineAgency(a), record, version, now, a.id());
  }

  void entities(String id, List<EntityMention> entities) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO entity_mentions (article_id, ordinal, start_char, end_char, sentence, text, label, kind)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (EntityMention e : entities) {
        Sql.bind(ps, List.of(id, i++, e.span().start(), e.span().end(), e.sentence(), e.text(), e.label(),
            e.kind().name()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Adds this coding to the article's history and (on SQLite) indexes its text. */
  void coded(Article a, String hash, String version, String now) throws SQLException {
    Sql.update(c, "INSERT INTO codings (article_id, pipeline_version, content_hash, coded_at) VALUES (?, ?, ?, ?)",
        a.id(), version, hash, now);
    if (sqlite) {
      Sql.update(c, "INSERT INTO article_search (article_id, title, text) VALUES (?, ?, ?)", a.id(), a.title(),
          a.text());
    }
  }

  private static @Nullable String published(Article a) {
    return a.published() == null ? null : a.published().toString();
  }

  private static @Nullable String datelinePlace(Article a) {
    return a.dateline() == null ? null : a.dateline().place();
  }

  private static @Nullable String datelineAgency(Article a) {
    return a.dateline() == null ? null : a.dateline().agency();
  }
}
