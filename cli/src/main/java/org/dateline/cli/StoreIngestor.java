package org.dateline.cli;

import java.util.Locale;
import java.util.Optional;
import org.dateline.core.geo.Geoparser;
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

  /**
   * The default full pipeline with the places stage (posted articles get map positions like coded
   * ones), loaded once when the server starts with ingest enabled.
   */
  static Ingestor fullPipeline(ArticleStore store) {
    NlpOptions nlp = new NlpOptions();
    nlp.annotators = NlpOptions.FULL;
    nlp.coref = "fastneural";
    DatelinePipeline pipeline = DatelinePipeline.builder(nlp.annotator())
        .geoparser(Optional.of(new Geoparser(new GazetteerOptions().load())))
        .build();
    return new StoreIngestor(pipeline, store, PipelineVersion.of(nlp) + ";places=on");
  }

  @Override
  public String ingest(Article article) {
    CodedDocument doc = pipeline.code(article);
    return store.put(doc, json.toJsonLine(doc), version).name().toLowerCase(Locale.ROOT);
  }
}
