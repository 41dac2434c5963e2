package org.dateline.server;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.dateline.store.ArticleQuery;
import org.dateline.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline serve}: the REST API and the page over a store, until interrupted. The ingest
 * endpoint is enabled only when {@code DATELINE_INGEST_TOKEN} is set (kept out of the command line,
 * where other users of the machine could read it).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the REST API (/api/...) and the page over a store, bound to 127.0.0.1 by default.",
      "POST /api/articles is enabled only when DATELINE_INGEST_TOKEN is set (16+ characters)."
    })
public final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", required = true, paramLabel = "PATH|JDBC-URL", description = "The store to serve.")
  String store;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks one).")
  int port;

  @Option(names = "--max-request-bytes", defaultValue = "2000000", description = "Largest request body (default ${DEFAULT-VALUE}).")
  long maxRequestBytes;

  @Option(names = "--connections", defaultValue = "4",
      description = "Store connections serving requests side by side (default ${DEFAULT-VALUE}).")
  int connections;

  private final Function<ArticleStore, Ingestor> ingestorFactory;

  /** @param ingestorFactory builds the coding pipeline for the ingest endpoint, only if enabled */
  public ServeCommand(Function<ArticleStore, Ingestor> ingestorFactory) {
    this.ingestorFactory = ingestorFactory;
  }

  @Override
  public Integer call() throws InterruptedException {
    String token = System.getenv("DATELINE_INGEST_TOKEN");
    if (token != null && token.isBlank()) {
      token = null;
    }
    ServerConfig config = new ServerConfig(host, port, token, maxRequestBytes);
    // The ingestor writes through a connection of its own; requests read through the pool's.
    try (ArticleStore db = ArticleStore.open(store);
        StorePool readers = StorePool.open(store, connections)) {
      Ingestor ingestor = token == null ? null : ingestorFactory.apply(db);
      Javalin app;
      try {
        app = new DatelineServer(config, readers, ingestor).create().start();
      } catch (JavalinBindException e) {
        throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (in use?): pass another --port, or --port 0 for a free one");
      }
      spec.commandLine().getErr().printf("dateline: serving %s (ingest %s); stop with Ctrl-C%n",
          store, token == null ? "disabled" : "enabled");
      if (db.list(new ArticleQuery(null, null, null, null, 1, 0)).isEmpty()) {
        spec.commandLine().getErr().printf("dateline: %s holds no articles yet; add some with"
            + " `dateline code FILES --store %s`%n", store, store);
      }
      spec.commandLine().getErr().flush();
      // The address on stdout, alone on its line, so scripts and the README command can pick it up.
      spec.commandLine().getOut().printf("Dateline is at http://%s:%d/%n", hostForUrl(host), app.port());
      spec.commandLine().getOut().flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> { app.stop(); stop.countDown(); }, "dateline-serve-stop"));
      stop.await();
    }
    return 0;
  }

  private static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
