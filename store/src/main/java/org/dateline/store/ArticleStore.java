package org.dateline.store;

import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dateline.core.dedup.EventClusterer;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;

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
      return new ArticleStore(location, Database.open(location), clusterer);
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("cannot open store " + location.display() + ": " + e.getMessage(), e);
    }
  }

  /** True when the article is stored with this text and this pipeline version: no need to recode. */
  public boolean isCurrent(String id, String contentHash, String pipelineVersion) {
    return read("read article " + id,
        () -> articles().state(id, contentHash, pipelineVersion) == ArticleReader.State.CURRENT);
  }

  /** Stores one coded article and its JSON record in one transaction. */
  public Outcome put(CodedDocument doc, String record, String pipelineVersion) {
    Objects.requireNonNull(record, "record");
    Article a = doc.article();
    String hash = ContentHash.of(a.text());
    String now = Instant.now().toString();
    try {
      lockForWriting();
      ArticleReader.State state = articles().state(a.id(), hash, pipelineVersion);
      if (state == ArticleReader.State.CURRENT) {
        connection.commit();
        return Outcome.UNCHANGED;
      }
      ArticleWriter article = new ArticleWriter(connection, location.isSqlite());
      EventWriter events = new EventWriter(connection);
      Clusters clusters = new Clusters(connection, clusterer);
      Set<String> changed = new LinkedHashSet<>();
      if (state == ArticleReader.State.STALE) {
        changed.addAll(clusters.ofArticle(a.id()));
        events.delete(a.id());
        article.replace(a, hash, record, pipelineVersion, now);
      } else {
        article.add(a, hash, record, pipelineVersion, now);
      }
      article.entities(a.id(), doc.annotated().entities());
      Set<String> written = events.insert(doc);
      changed.addAll(clusters.assign(EventRows.signatures(doc, written), now));
      clusters.refresh(changed, now);
      article.coded(a, hash, pipelineVersion, now);
      connection.commit();
      return state == ArticleReader.State.STALE ? Outcome.RECODED : Outcome.ADDED;
    } catch (SQLException e) {
      rollback();
      throw failure("store article " + a.id(), e);
    } catch (RuntimeException e) {
      abandon(e);
      throw e;
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
      Sql.update(connection, "UPDATE articles SET id = id WHERE 1 = 0");
    } else {
      try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        ps.setLong(1, WRITER_LOCK);
        ps.execute();
      }
    }
  }

  /** Advisory lock key of the store's single writer ("dateline" in ASCII). */
  private static final long WRITER_LOCK = 0x646174656c696e65L;

  public long articleCount() {
    return read("count articles", () -> articles().count());
  }

  /** How many times the article has been coded (1 after the first run, +1 per recode). */
  public long codingCount(String id) {
    return read("count codings", () -> articles().codingCount(id));
  }

  public Optional<String> record(String id) {
    return read("read article " + id, () -> articles().record(id));
  }

  /** Ids of articles matching a full-text query (words, all required), best first. */
  public List<String> search(String query, int limit) {
    return read("search", () -> articles().search(query, limit));
  }

  /** Articles matching the query, newest first, then by id. */
  public List<ArticleSummary> list(ArticleQuery q) {
    return read("list articles", () -> articles().list(q));
  }

  /** Writes every stored record as JSON Lines, in id order. */
  public long exportJsonLines(Writer out) {
    return read("export", () -> articles().exportJsonLines(out));
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

  private ArticleReader articles() {
    return new ArticleReader(connection, location.isSqlite());
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
    } catch (RuntimeException e) {
      abandon(e);
      throw e;
    }
  }

  /**
   * Ends the transaction after a failure that is not the database's (a bug, a bad value), so the
   * next put or read does not run inside a half-written one; the failure itself is what the caller
   * sees.
   */
  private void abandon(RuntimeException cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
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
