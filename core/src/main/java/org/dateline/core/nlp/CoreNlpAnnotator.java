package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Layer;
import org.dateline.core.time.TimeAnchoring;

/**
 * {@link LanguageAnnotator} backed by one Stanford CoreNLP pipeline, loaded once in the constructor
 * (10-40 s, 1-2 GB of heap with coreference) and reused for every article.
 *
 * <p>Thread-safe: {@link #annotate} is serialised because CoreNLP's quote annotator is not safe for
 * concurrent use. For parallelism build one instance per worker thread: each instance has its own
 * annotators (CoreNLP's JVM-wide annotator cache is bypassed).
 */
public final class CoreNlpAnnotator implements LanguageAnnotator {
  private final NlpConfig config;
  private final TimedStages stages;
  private final CorefRepair corefRepair = new CorefRepair();
  private final TimeAnchoring timeAnchoring = new TimeAnchoring();

  public CoreNlpAnnotator(NlpConfig config) {
    this.config = config;
    StanfordCoreNLP pipeline;
    // CoreNLP caches annotators JVM-wide; clearing the cache first gives this instance its own,
    // so instances on different threads never share a non-thread-safe annotator (quote).
    synchronized (CoreNlpAnnotator.class) {
      StanfordCoreNLP.clearAnnotatorPool();
      pipeline = new StanfordCoreNLP(properties(config));
      StanfordCoreNLP.clearAnnotatorPool();
    }
    this.stages = new TimedStages(pipeline);
  }

  /**
   * Time spent in each CoreNLP annotator so far, and tokens it processed, in pipeline order: for
   * benchmarks.
   */
  public synchronized Map<String, long[]> stageTimings() {
    return stages.timings();
  }

  @Override
  public Set<Layer> layers() {
    return config.layers();
  }

  @Override
  public synchronized AnnotatedDocument annotate(Article article) {
    Annotation doc = new Annotation(bodyOnly(article));
    if (article.referenceDate() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.referenceDate().toString());
    }
    stages.annotate(doc);
    AnnotatedDocument mapped = new CoreNlpMapper(article, config.layers(), doc).map();
    if (config.layers().contains(Layer.COREF)) {
      mapped = corefRepair.apply(mapped);
    }
    if (config.layers().contains(Layer.TIMES) && config.layers().contains(Layer.POS)) {
      mapped = timeAnchoring.apply(mapped);
    }
    return mapped;
  }

  /**
   * The text CoreNLP sees: the original with the dateline blanked out by spaces, so the header is
   * not parsed as part of the first sentence while every offset stays valid for the original.
   */
  static String bodyOnly(Article article) {
    int body = article.bodyStart();
    if (body == 0) {
      return article.text();
    }
    StringBuilder sb = new StringBuilder(article.text());
    for (int i = 0; i < body; i++) {
      if (sb.charAt(i) != '\n') {
        sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }

  static Properties properties(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", String.join(",", config.annotators()));
    p.setProperty("tokenize.language", "en");
    // Paragraphs are separated by blank lines; a single newline may be hard wrapping.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyFineGrained", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("coref.language", "en");
    p.setProperty(
        "coref.algorithm",
        switch (config.coref()) {
          case STATISTICAL -> "statistical";
          case FASTNEURAL -> "fastneural";
        });
    p.setProperty("quote.attributeQuotes", "true");
    return p;
  }
}
