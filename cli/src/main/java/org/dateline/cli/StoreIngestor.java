package org.dateline.cli;

import java.util.Locale;
import org.dateline.core.json.DocumentJson;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.pipeline.DatelinePipeline;
import org.dateline.server.Ingestor;
import org.dateline.store.ArticleStore;

/** Codes a posted article with the pipeline `dateline code` uses and stores it. */
final class StoreIngestor implements Ingestor {
  private final DatelinePipeline pipeline;
  private final ArticleStore store;
  private final String version;
  private final DocumentJson json = new DocumentJson();

  StoreIngestor(DatelinePipeline pipeline, ArticleStore store, String version) {
    this.pipeline = pipeline;
    this.store = store;
    this.version = version;
  }

  /** The default full pipeline, loaded once when the server starts with ingest enabled. */
  static Ingestor fullPipeline(ArticleStore store) {
    NlpOptions nlp = new NlpOptions();
    nlp.annotators = NlpOptions.FULL;
    nlp.coref = "fastneural";
    return new StoreIngestor(new DatelinePipeline(nlp.annotator()), store, PipelineVersion.of(nlp));
  }

  @Override
  public String ingest(Article article) {
    CodedDocument doc = pipeline.code(article);
    return store.put(doc, json.toJsonLine(doc), version).name().toLowerCase(Locale.ROOT);
  }
}
