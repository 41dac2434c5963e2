package org.dateline.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.core.geo.Geoparser;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.DatelineParser;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.json.DocumentJson;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.pipeline.DatelinePipeline;
import org.dateline.core.testkit.SharedAnnotator;
import org.dateline.core.testkit.SharedData;
import org.dateline.core.testkit.SharedGazetteer;
import org.dateline.store.ArticleStore;

/**
 * A store filled by the real pipeline (CoreNLP, gazetteer, actors, events, claims) with the
 * reference article and a hostile one whose text carries markup, built once per test JVM and
 * shared by the integration tests (coding costs CoreNLP's start-up).
 */
final class SeedStore {
  static final String SEED_ID = "seed";
  static final String HOSTILE_ID = "hostile";
  static final LocalDate DATE = LocalDate.of(2015, 12, 26);
  static final String HOSTILE_TEXT =
      "MOSUL, Iraq (Wire) - Police arrested a man in Mosul on Friday after he posted"
          + " <script>window.__pwned = 1</script> and <img src=x onerror=\"window.__pwned = 2\"> on a forum.";
  static final String HOSTILE_TITLE = "<b>Hostile</b> title <img src=x onerror=\"window.__pwned = 3\">";

  private static Path file;

  private SeedStore() {}

  /** The store's file (SQLite), filled on first use; callers open their own connection to it. */
  static synchronized Path file() {
    if (file == null) {
      try {
        Path dir = Files.createTempDirectory("dateline-server-it");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(dir), "seed-store-cleanup"));
        Path db = dir.resolve("seed.db");
        try (ArticleStore store = ArticleStore.open(db.toString())) {
          fill(store);
        }
        file = db;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  private static void deleteAll(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private static void fill(ArticleStore store) {
    DatelinePipeline pipeline = DatelinePipeline.builder(SharedAnnotator.full())
        .geoparser(Optional.of(new Geoparser(SharedGazetteer.get())))
        .build();
    DocumentJson json = new DocumentJson();
    for (Article a : List.of(seedArticle(), hostileArticle())) {
      CodedDocument d = pipeline.code(a);
      store.put(d, json.toJsonLine(d), "test");
    }
  }

  static Article seedArticle() {
    IngestOptions options = new IngestOptions(IngestOptions.InputFormat.TEXT, DATE, "BBN", 1_000_000);
    Iterator<IngestResult> it = new ArticleReader(options).read(SharedData.seedArticle());
    Article read = ((IngestResult.Ok) it.next()).article();
    return new Article(SEED_ID, read.origin(), read.text(), "Islamic State leader's speech; raid near Kirkuk",
        read.url(), read.source(), read.published(), read.dateline(), Map.of());
  }

  static Article hostileArticle() {
    LocalDate date = DATE.minusDays(3);
    return new Article(HOSTILE_ID, "hostile.txt", HOSTILE_TEXT, HOSTILE_TITLE, null, "Forum Watch", date,
        new DatelineParser().parse(HOSTILE_TEXT, date).orElse(null), Map.of());
  }
}
