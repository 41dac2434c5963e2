package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import org.dateline.core.model.Article;

/**
 * CoreNLP's default full English pipeline (tokenize, ssplit, pos, lemma, ner, depparse, coref with
 * its default algorithm), untouched: the baseline {@code dateline bench} measures against. Not
 * used for coding. Not thread-safe.
 */
public final class CoreNlpBaseline {
  private final TimedStages stages;

  public CoreNlpBaseline() {
    // Fresh annotators, not ones cached by an earlier pipeline in this JVM.
    StanfordCoreNLP.clearAnnotatorPool();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    stages = new TimedStages(new StanfordCoreNLP(p));
  }

  /** Annotates the article's body; returns CoreNLP's annotation (opaque to callers). */
  public Object annotate(Article article) {
    Annotation doc = new Annotation(CoreNlpAnnotator.bodyOnly(article));
    if (article.referenceDate() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.referenceDate().toString());
    }
    stages.annotate(doc);
    return doc;
  }

  public Map<String, long[]> stageTimings() {
    return stages.timings();
  }

  /** Token count of an annotation returned by {@link #annotate}. */
  public static int tokenCount(Object annotation) {
    return annotation instanceof Annotation a ? TimedStages.tokenCount(a) : 0;
  }
}
