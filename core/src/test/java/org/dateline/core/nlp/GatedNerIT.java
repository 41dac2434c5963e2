package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.model.Article;
import org.dateline.core.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Gating the number and time rules by sentence changes no label: on benchmark news articles the
 * gated annotator gives every token the label, normalised value and TIMEX value CoreNLP's own NER
 * gives it with the same (lite) settings, while skipping some sentences.
 */
class GatedNerIT {
  private static final int ARTICLES = 40;

  @Test
  void sameLabelsAsCorenlpsNerOnNewsArticles() throws Exception {
    NlpConfig lite = NlpConfig.parse("tokenize,ssplit,pos,lemma,ner", NlpConfig.CorefAlgorithm.FASTNEURAL,
        NlpConfig.Profile.LITE);
    Properties props = CoreNlpAnnotator.properties(lite);
    props.setProperty("ner.fine.regexner.mapping", LiteGazetteer.mapping());
    Properties base = new Properties();
    base.putAll(props);
    base.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    StanfordCoreNLP tokens = new StanfordCoreNLP(base);
    NERCombinerAnnotator reference = new NERCombinerAnnotator(props);
    GatedNerAnnotator gated = new GatedNerAnnotator(GatedNerAnnotator.NAME, props);

    IngestOptions options = new IngestOptions(IngestOptions.InputFormat.JSONL, LocalDate.of(2015, 1, 1), null, 1_000_000);
    Iterator<IngestResult> it =
        new ArticleReader(options).read(SharedData.resolve("refdata/bench/articles/news-300.jsonl"));
    List<String> differences = new ArrayList<>();
    for (int n = 0; n < ARTICLES && it.hasNext(); n++) {
      IngestResult r = it.next();
      if (!(r instanceof IngestResult.Ok ok)) {
        continue;
      }
      Annotation a = annotation(ok.article(), tokens);
      Annotation b = annotation(ok.article(), tokens);
      reference.annotate(a);
      gated.annotate(b);
      List<CoreLabel> ta = a.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> tb = b.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < ta.size(); i++) {
        String x = describe(ta.get(i));
        String y = describe(tb.get(i));
        if (!x.equals(y)) {
          differences.add(ok.article().id() + " " + x + " | gated: " + y);
        }
      }
    }
    assertThat(differences).isEmpty();
    long[] counts = gated.counts();
    assertThat(counts[1]).as("sentences skipped").isPositive();
    System.out.printf("GatedNerIT: number and time rules ran on %d sentences, skipped %d%n", counts[0], counts[1]);
  }

  private static Annotation annotation(Article article, StanfordCoreNLP tokens) {
    Annotation doc = new Annotation(CoreNlpAnnotator.bodyOnly(article));
    if (article.referenceDate() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.referenceDate().toString());
    }
    tokens.annotate(doc);
    return doc;
  }

  private static String describe(CoreLabel t) {
    Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
    return t.word() + "/" + t.ner() + "/" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
        + "/" + (timex == null ? "" : timex.value());
  }
}
