package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.store.ArticleStore;
import org.dateline.store.StoreException;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;

/**
 * The REST API (and the static page) over a store. Every query parameter is validated and bound
 * as an SQL parameter; every error is JSON {@code {"error": ...}} with a fitting status. Each
 * request leases one of the pool's store connections (see {@link StorePool}); posted articles are
 * coded one at a time, each while holding a lease, so an ingestor may write through a pooled store.
 */
public final class DatelineServer {
  /** Connections waiting to be accepted; beyond it the kernel drops new ones. */
  static final int ACCEPT_BACKLOG = 1024;

  private final ServerConfig config;
  private final StorePool pool;
  private final @Nullable Ingestor ingestor;
  private final ReentrantLock ingesting = new ReentrantLock(true);
  private final String openApi = readOpenApi();
  private final ObjectMapper mapper =
      new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** A server whose requests all go through {@code store}, one at a time. */
  public DatelineServer(ServerConfig config, ArticleStore store, @Nullable Ingestor ingestor) {
    this(config, StorePool.of(store), ingestor);
  }

  DatelineServer(ServerConfig config, StorePool pool, @Nullable Ingestor ingestor) {
    this.config = config;
    this.pool = pool;
    this.ingestor = ingestor;
    if (config.ingestToken() != null && ingestor == null) {
      throw new IllegalArgumentException("an ingest token was configured but no ingestor was given");
    }
  }

  /** Builds the application; call {@code start()} on it. */
  public Javalin create() {
    ArticleRoutes articles = new ArticleRoutes(pool, mapper);
    EventRoutes events = new EventRoutes(pool);
    return Javalin.create(
        cfg -> {
          cfg.jsonMapper(new JavalinJackson(mapper, false));
          cfg.http.maxRequestSize = config.maxRequestBytes();
          cfg.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(config.host());
            connector.setPort(config.port());
            // The JVM's default backlog of 50 drops connections when many clients connect at
            // once; each drop costs the client a SYN retry (1 s, 3 s, 7 s, ...).
            connector.setAcceptQueueSize(ACCEPT_BACKLOG);
            return connector;
          });
          cfg.staticFiles.add(
              s -> {
                s.hostedPath = "/";
                s.directory = "/dateline-web";
                s.location = Location.CLASSPATH;
              });
          cfg.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
          cfg.routes.get("/api/openapi.json", this::openApi);
          cfg.routes.get("/api/articles", articles::list);
          cfg.routes.get("/api/articles/{id}", articles::record);
          cfg.routes.get("/api/articles/{id}/evidence", articles::evidence);
          cfg.routes.post("/api/articles", this::postArticle);
          cfg.routes.get("/api/events", events::list);
          cfg.routes.get("/api/events/{id}", events::detail);
          cfg.routes.get("/api/timeline", events::timeline);
          cfg.routes.get("/api/places", events::places);
          cfg.routes.get("/api/actors", events::actors);
          cfg.routes.get("/api/search", events::search);
          cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
          cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
          cfg.routes.exception(StoreException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "store error"));
          cfg.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
              error(ctx, HttpStatus.NOT_FOUND, "no such endpoint");
            }
          });
        });
  }

  private void postArticle(Context ctx) throws IOException {
    if (config.ingestToken() == null || ingestor == null) {
      error(ctx, HttpStatus.FORBIDDEN, "ingest is disabled: start the server with DATELINE_INGEST_TOKEN set");
      return;
    }
    String auth = ctx.header("Authorization");
    if (auth == null || !constantTimeEquals(auth, "Bearer " + config.ingestToken())) {
      ctx.header("WWW-Authenticate", "Bearer");
      error(ctx, HttpStatus.UNAUTHORIZED, "missing or wrong token");
      return;
    }
    byte[] body = ctx.bodyAsBytes();
    ArticleReader reader = new ArticleReader(new IngestOptions(IngestOptions.InputFormat.JSONL, null, null, config.maxRequestBytes()));
    Iterator<IngestResult> items;
    try (InputStream in = new ByteArrayInputStream(body)) {
      items = reader.read(in, "request");
      Map<String, Object> results = new LinkedHashMap<>();
      int failed = 0;
      while (items.hasNext()) {
        IngestResult r = items.next();
        if (r instanceof IngestResult.Failed f) {
          results.put(f.item(), Map.of("error", f.failure().message()));
          failed++;
        } else {
          var article = ((IngestResult.Ok) r).article();
          String outcome;
          ingesting.lock();
          try (StorePool.Lease lease = pool.lease()) {
            outcome = ingestor.ingest(article);
          } finally {
            ingesting.unlock();
          }
          results.put(article.id(), Map.of("status", outcome));
        }
      }
      ctx.status(failed > 0 ? HttpStatus.MULTI_STATUS : HttpStatus.OK).json(Map.of("results", results));
    }
  }

  private void openApi(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(openApi);
  }

  private static String readOpenApi() {
    try (InputStream in = DatelineServer.class.getResourceAsStream("/dateline-openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi description missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(Map.of("error", message, "status", status.getCode()));
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** For tests and callers that want the parsed record. */
  JsonNode parse(String json) throws IOException {
    return mapper.readTree(json);
  }
}
