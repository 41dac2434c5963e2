package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * {@code lite}'s parse annotator gives every sentence of benchmark news articles exactly the
 * enhanced++ graph CoreNLP's own {@code depparse} annotator gives it (same edges, relations and
 * roots), while building none of the other four graphs.
 */
class LeanDependencyParseIT {
  private static final int ARTICLES = 40;

  @Test
  void sameEnhancedPlusPlusGraphAsCorenlpsDepparse() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    StanfordCoreNLP tagger = new StanfordCoreNLP(props);
    DependencyParseAnnotator reference = new DependencyParseAnnotator(new Properties());
    LeanDependencyParseAnnotator lean =
        new LeanDependencyParseAnnotator(LeanDependencyParseAnnotator.NAME, new Properties());

    IngestOptions options =
        new IngestOptions(IngestOptions.InputFormat.JSONL, LocalDate.of(2015, 1, 1), null, 1_000_000);
    Iterator<IngestResult> it =
        new ArticleReader(options).read(SharedData.resolve("refdata/bench/articles/news-300.jsonl"));
    List<String> differences = new ArrayList<>();
    int sentences = 0;
    for (int n = 0; n < ARTICLES && it.hasNext(); n++) {
      if (!(it.next() instanceof IngestResult.Ok ok)) {
        continue;
      }
      Annotation a = new Annotation(CoreNlpAnnotator.bodyOnly(ok.article()));
      tagger.annotate(a);
      Annotation b = new Annotation(CoreNlpAnnotator.bodyOnly(ok.article()));
      tagger.annotate(b);
      reference.annotate(a);
      lean.annotate(b);
      List<CoreMap> sa = a.get(CoreAnnotations.SentencesAnnotation.class);
      List<CoreMap> sb = b.get(CoreAnnotations.SentencesAnnotation.class);
      for (int i = 0; i < sa.size(); i++) {
        String x = describe(sa.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        String y = describe(sb.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        sentences++;
        if (!x.equals(y)) {
          differences.add(ok.article().id() + " #" + i + "\n  corenlp: " + x + "\n  lean:    " + y);
        }
        assertThat(sb.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class))
            .as("the lean annotator builds no basic graph").isNull();
      }
    }
    assertThat(sentences).isGreaterThan(400);
    assertThat(differences).isEmpty();
  }

  private static String describe(SemanticGraph g) {
    List<String> edges = new ArrayList<>();
    g.getRoots().forEach(r -> edges.add("root->" + r.index()));
    g.edgeIterable().forEach(e -> edges.add(e.getRelation() + ":" + e.getGovernor().index() + "->"
        + e.getDependent().index() + (e.isExtra() ? "x" : "")));
    edges.sort(String::compareTo);
    return String.join(" ", edges);
  }
}
