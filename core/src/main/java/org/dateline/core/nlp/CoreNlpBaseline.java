package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dateline.core.model.Article;

/**
 * CoreNLP's default full English pipeline (tokenize, ssplit, pos, lemma, ner, depparse, coref with
 * its default algorithm), untouched: the baseline {@code dateline bench} measures against. Not
 * used for coding. Not thread-safe.
 */
public final class CoreNlpBaseline {
  private final List<Annotator> stages;
  private final long[] nanos;
  private final long[] tokens;

  public CoreNlpBaseline() {
    // Fresh annotators, not ones cached by an earlier pipeline in this JVM.
    StanfordCoreNLP.clearAnnotatorPool();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    stages = PipelineStages.of(pipeline);
    nanos = new long[stages.size()];
    tokens = new long[stages.size()];
  }

  /** Annotates the article's body; returns CoreNLP's annotation (opaque to callers). */
  public Object annotate(Article article) {
    Annotation doc = new Annotation(CoreNlpAnnotator.bodyOnly(article));
    if (article.referenceDate() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.referenceDate().toString());
    }
    for (int i = 0; i < stages.size(); i++) {
      long t0 = System.nanoTime();
      stages.get(i).annotate(doc);
      nanos[i] += System.nanoTime() - t0;
      tokens[i] += tokenCount(doc);
    }
    return doc;
  }

  public Map<String, long[]> stageTimings() {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      out.put(stages.get(i).getClass().getSimpleName().replace("Annotator", ""), new long[] {nanos[i], tokens[i]});
    }
    return out;
  }

  /** Token count of an annotation returned by {@link #annotate}. */
  public static int tokenCount(Object annotation) {
    if (annotation instanceof Annotation a) {
      List<?> t = a.get(CoreAnnotations.TokensAnnotation.class);
      return t == null ? 0 : t.size();
    }
    return 0;
  }
}
