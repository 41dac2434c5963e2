package org.dateline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dateline.core.dedup.EventClusterer;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.EntityMention;
import org.flywaydb.core.Flyway;

/**
 * Where coded articles last: an embedded SQLite file by default, PostgreSQL when given a JDBC URL.
 * The schema is created and upgraded by Flyway migrations on open.
 *
 * <p>Each article is written in one transaction, so a killed process leaves every article it
 * finished and none half-written. Writing the same article again with the same text and pipeline
 * version changes nothing; with a new pipeline version (a dictionary change, say) its derived rows
 * are replaced and the coding is added to its history. In the same transaction its events join
 * the clusters of reports of the same happening from other articles ({@link EventClusterer},
 * incrementally: only clusters filed under compatible blocking keys are read), and those clusters'
 * counts, consensus and cross-article contradictions are brought up to date.
 *
 * <p>One connection, not thread-safe: give each writer thread its own store.
 */
public final class ArticleStore implements AutoCloseable {
  /** What {@link #put} did. */
  public enum Outcome {
    ADDED,
    UNCHANGED,
    RECODED
  }

  private final Connection connection;
  private final StoreLocation location;
  private final EventClusterer clusterer;

  private ArticleStore(StoreLocation location, Connection connection, EventClusterer clusterer) {
    this.location = location;
    this.connection = connection;
    this.clusterer = clusterer;
  }

  /** Opens (creating and migrating if needed) the store at a file path or JDBC URL. */
  public static ArticleStore open(String where) {
    return open(where, new EventClusterer());
  }

  /**
   * Opens the store; new events are clustered with stored ones by {@code clusterer} (see
   * docs/dedup.md). Every writer of one store should use the same configuration.
   */
  public static ArticleStore open(String where, EventClusterer clusterer) {
    Objects.requireNonNull(clusterer, "clusterer");
    StoreLocation location = StoreLocation.parse(where);
    try {
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
      return new ArticleStore(location, c, clusterer);
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("cannot open store " + location.display() + ": " + e.getMessage(), e);
    }
  }

  /** True when the article is stored with this text and this pipeline version: no need to recode. */
  public boolean isCurrent(String id, String contentHash, String pipelineVersion) {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT content_hash, pipeline_version FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        boolean current =
            rs.next() && rs.getString(1).equals(contentHash) && rs.getString(2).equals(pipelineVersion);
        connection.commit();
        return current;
      }
    } catch (SQLException e) {
      throw failure("read article " + id, e);
    }
  }

  /** Stores one coded article and its JSON record in one transaction. */
  public Outcome put(CodedDocument doc, String record, String pipelineVersion) {
    Objects.requireNonNull(record, "record");
    Article a = doc.article();
    String hash = ContentHash.of(a.text());
    String now = Instant.now().toString();
    try {
      lockForWriting();
      Outcome outcome;
      try (PreparedStatement ps =
          connection.prepareStatement("SELECT content_hash, pipeline_version FROM articles WHERE id = ?")) {
        ps.setString(1, a.id());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            outcome = Outcome.ADDED;
          } else if (rs.getString(1).equals(hash) && rs.getString(2).equals(pipelineVersion)) {
            connection.commit();
            return Outcome.UNCHANGED;
          } else {
            outcome = Outcome.RECODED;
          }
        }
      }
      EventWriter events = new EventWriter(connection);
      Clusters clusters = new Clusters(connection, clusterer);
      Set<String> changed = new LinkedHashSet<>();
      if (outcome == Outcome.RECODED) {
        deleteDerived(a.id());
        changed.addAll(clusters.ofArticle(a.id()));
        events.delete(a.id());
        updateArticle(a, hash, record, pipelineVersion, now);
      } else {
        insertArticle(a, hash, record, pipelineVersion, now);
      }
      insertEntities(a.id(), doc.annotated().entities());
      Set<String> written = events.insert(doc);
      changed.addAll(clusters.assign(EventRows.signatures(doc, written), now));
      clusters.refresh(changed, now);
      update(
          "INSERT INTO codings (article_id, pipeline_version, content_hash, coded_at) VALUES (?, ?, ?, ?)",
          a.id(), pipelineVersion, hash, now);
      if (location.isSqlite()) {
        update("INSERT INTO article_search (article_id, title, text) VALUES (?, ?, ?)", a.id(), a.title(), a.text());
      }
      connection.commit();
      return outcome;
    } catch (SQLException e) {
      rollback();
      throw failure("store article " + a.id(), e);
    }
  }

  /**
   * Makes this transaction the store's only writer until it ends. Clustering reads candidate
   * clusters and then writes memberships: two writers doing that at once (Spark tasks writing to
   * one store) would each start a cluster for the same happening, and on SQLite a read snapshot
   * cannot be upgraded once another writer has committed. So a put takes the write lock first:
   * on PostgreSQL a transaction-scoped advisory lock, on SQLite the database's write lock (a
   * no-op write, which waits up to the busy timeout), after ending any read snapshot.
   */
  private void lockForWriting() throws SQLException {
    if (location.isSqlite()) {
      connection.rollback();
      update("UPDATE articles SET id = id WHERE 1 = 0");
    } else {
      try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        ps.setLong(1, WRITER_LOCK);
        ps.execute();
      }
    }
  }

  /** Advisory lock key of the store's single writer ("dateline" in ASCII). */
  private static final long WRITER_LOCK = 0x646174656c696e65L;

  private void deleteDerived(String id) throws SQLException {
    update("DELETE FROM entity_mentions WHERE article_id = ?", id);
    if (location.isSqlite()) {
      update("DELETE FROM article_search WHERE article_id = ?", id);
    }
  }

  private void insertArticle(Article a, String hash, String record, String version, String now)
      throws SQLException {
    update(
        "INSERT INTO articles (id, content_hash, origin, url, source, published, title, text,"
            + " dateline_place, dateline_agency, record, pipeline_version, coded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        a.id(), hash, a.origin(), a.url(), a.source(),
        a.published() == null ? null : a.published().toString(), a.title(), a.text(),
        a.dateline() == null ? null : a.dateline().place(),
        a.dateline() == null ? null : a.dateline().agency(),
        record, version, now);
  }

  private void updateArticle(Article a, String hash, String record, String version, String now)
      throws SQLException {
    update(
        "UPDATE articles SET content_hash = ?, origin = ?, url = ?, source = ?, published = ?,"
            + " title = ?, text = ?, dateline_place = ?, dateline_agency = ?, record = ?,"
            + " pipeline_version = ?, coded_at = ? WHERE id = ?",
        hash, a.origin(), a.url(), a.source(),
        a.published() == null ? null : a.published().toString(), a.title(), a.text(),
        a.dateline() == null ? null : a.dateline().place(),
        a.dateline() == null ? null : a.dateline().agency(),
        record, version, now, a.id());
  }

  private void insertEntities(String id, List<EntityMention> entities) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO entity_mentions (article_id, ordinal, start_char, end_char, sentence, text, label, kind)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (EntityMention e : entities) {
        ps.setString(1, id);
        ps.setInt(2, i++);
        ps.setInt(3, e.span().start());
        ps.setInt(4, e.span().end());
        ps.setInt(5, e.sentence());
        ps.setString(6, e.text());
        ps.setString(7, e.label());
        ps.setString(8, e.kind().name());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  public long articleCount() {
    return count("SELECT COUNT(*) FROM articles");
  }

  /** How many times the article has been coded (1 after the first run, +1 per recode). */
  public long codingCount(String id) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM codings WHERE article_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long n = rs.getLong(1);
        connection.commit();
        return n;
      }
    } catch (SQLException e) {
      throw failure("count codings", e);
    }
  }

  public Optional<String> record(String id) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT record FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        Optional<String> r = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        connection.commit();
        return r;
      }
    } catch (SQLException e) {
      throw failure("read article " + id, e);
    }
  }

  /** Ids of articles matching a full-text query (words, all required), best first. */
  public List<String> search(String query, int limit) {
    String sql =
        location.isSqlite()
            ? "SELECT article_id FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?"
            : "SELECT id FROM articles WHERE search @@ plainto_tsquery('english', ?)"
                + " ORDER BY ts_rank(search, plainto_tsquery('english', ?)) DESC LIMIT ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (location.isSqlite()) {
        ps.setString(1, FtsQuery.quote(query));
        ps.setInt(2, limit);
      } else {
        ps.setString(1, query);
        ps.setString(2, query);
        ps.setInt(3, limit);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      connection.commit();
      return out;
    } catch (SQLException e) {
      throw failure("search", e);
    }
  }

  /** Articles matching the query, newest first, then by id. */
  public List<ArticleSummary> list(ArticleQuery q) {
    StringBuilder sql =
        new StringBuilder("SELECT a.id, a.title, a.source, a.published, a.url, a.dateline_place FROM articles a WHERE 1=1");
    List<Object> params = new ArrayList<>();
    if (q.text() != null) {
      if (location.isSqlite()) {
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
    try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      List<ArticleSummary> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
        }
      }
      connection.commit();
      return out;
    } catch (SQLException e) {
      throw failure("list articles", e);
    }
  }

  /** Writes every stored record as JSON Lines, in id order. */
  public long exportJsonLines(Writer out) {
    long n = 0;
    try (PreparedStatement ps = connection.prepareStatement("SELECT record FROM articles ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.write(rs.getString(1));
        out.write('\n');
        n++;
      }
      connection.commit();
      return n;
    } catch (SQLException e) {
      throw failure("export", e);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the export", e);
    }
  }

  /** A page of events matching the query, in its order, with their actors. */
  public List<StoredEvent> events(EventQuery q) {
    return read("list events", () -> reader().events(q));
  }

  /** How many events match the query (limit and offset ignored). */
  public long eventCount(EventQuery q) {
    return read("count events", () -> reader().count(q));
  }

  /**
   * Streams every event matching the query, in its order, to {@code sink} (limit and offset
   * ignored): for exports of any size. Returns how many.
   */
  public long eachEvent(EventQuery q, Consumer<StoredEvent> sink) {
    return read("read events", () -> reader().each(q, sink));
  }

  /** One event with its claim, actors, quantities, contradictions and evidence spans. */
  public Optional<EventDetail> event(String id) {
    return read("read event " + id, () -> reader().detail(id));
  }

  /** A cluster of reports of one happening: counts, consensus and disagreements. */
  public Optional<StoredCluster> cluster(String id) {
    return read("read cluster " + id, () -> reader().cluster(id));
  }

  /** The event ids of a cluster, in the order they joined it. */
  public List<String> clusterMembers(String id) {
    return read("read cluster " + id, () -> reader().clusterMembers(id));
  }

  /** Contradictions whose first event matches the query, a page at a time. */
  public List<StoredContradiction> contradictions(EventQuery q) {
    return read("list contradictions", () -> reader().contradictions(q));
  }

  public long contradictionCount(EventQuery q) {
    return read("count contradictions", () -> reader().contradictionCount(q));
  }

  /** Matching events counted per day or ISO week and per type, oldest first. */
  public List<Listings.TimelineCount> timeline(EventQuery q, Listings.Bucket bucket) {
    return read("timeline", () -> reader().timeline(q, bucket));
  }

  /** Places of matching events, most events first (up to the query's limit). */
  public List<Listings.PlaceCount> eventPlaces(EventQuery q) {
    return read("list places", () -> reader().places(q));
  }

  /** Actor codes of matching events, most events first (up to the query's limit). */
  public List<Listings.ActorCount> eventActors(EventQuery q) {
    return read("list actors", () -> reader().actors(q));
  }

  /** Matching events counted by PLOVER type, most first. */
  public List<Listings.Count> countByType(EventQuery q) {
    return read("count by type", () -> reader().countBy(q, "e.type"));
  }

  /** Matching events counted by location country (ISO alpha-3; null: unknown), most first. */
  public List<Listings.Count> countByCountry(EventQuery q) {
    return read("count by country", () -> reader().countBy(q, "e.country_iso3"));
  }

  /** Matching events counted by claim status, most first. */
  public List<Listings.Count> countByStatus(EventQuery q) {
    return read("count by status", () -> reader().countBy(q, "e.status"));
  }

  private EventReader reader() {
    return new EventReader(connection);
  }

  @FunctionalInterface
  private interface Read<T> {
    T run() throws SQLException;
  }

  /** Runs a read and ends its transaction, so a long-lived reader never pins an old snapshot. */
  private <T> T read(String what, Read<T> body) {
    try {
      T result = body.run();
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback();
      throw failure(what, e);
    }
  }

  private long count(String sql) {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      long n = rs.getLong(1);
      connection.commit();
      return n;
    } catch (SQLException e) {
      throw failure(sql, e);
    }
  }

  private void update(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      throw failure("rollback", e);
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(what + " in " + location.display() + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
