package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.model.Article;
import org.dateline.core.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * {@code lite}'s rule-based NER changes no label: on benchmark news articles the gated number and
 * time rules ({@link GatedNerAnnotator}) followed by the trie gazetteer ({@link GazetteerAnnotator})
 * give every token the label, fine-grained label, normalised value and TIMEX value that CoreNLP's
 * own NER gives it with its fine-grained gazetteer step (same rows: the caseless file without its
 * CITY rows, which never fire without a CRF), while skipping some sentences and running the rules
 * on windows of others ({@link RuleWindows}). TIMEX type, id, text and range are compared too.
 */
class GatedNerIT {
  /** 40 for the suite; {@code -Ddateline.gatedner.articles=300} checks all of news-300.jsonl. */
  private static final int ARTICLES = Integer.getInteger("dateline.gatedner.articles", 40);

  @Test
  void sameLabelsAsCorenlpsNerOnNewsArticles() throws Exception {
    NlpConfig lite = NlpConfig.parse("tokenize,ssplit,pos,lemma,ner", NlpConfig.CorefAlgorithm.FASTNEURAL,
        NlpConfig.Profile.LITE);
    Properties props = CoreNlpAnnotator.properties(lite);
    Properties withFineGrained = new Properties();
    withFineGrained.putAll(props);
    withFineGrained.setProperty("ner.applyFineGrained", "true");
    withFineGrained.setProperty("ner.fine.regexner.mapping", "ignorecase=true,validpospattern=^(NN|JJ).*,"
        + withoutCities() + ";" + LiteGazetteer.CASED);
    Properties base = new Properties();
    base.putAll(props);
    base.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    StanfordCoreNLP tokens = new StanfordCoreNLP(base);
    NERCombinerAnnotator reference = new NERCombinerAnnotator(withFineGrained);
    GatedNerAnnotator gated = new GatedNerAnnotator(GatedNerAnnotator.NAME, props);
    GazetteerAnnotator gazetteer = new GazetteerAnnotator(GazetteerAnnotator.NAME, props);

    IngestOptions options = new IngestOptions(IngestOptions.InputFormat.JSONL, LocalDate.of(2015, 1, 1), null, 1_000_000);
    Iterator<IngestResult> it =
        new ArticleReader(options).read(SharedData.resolve("refdata/bench/articles/news-300.jsonl"));
    List<String> differences = new ArrayList<>();
    Set<String> gazetteerLabels = Set.of("COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION", "IDEOLOGY", "TITLE");
    int labelled = 0;
    for (int n = 0; n < ARTICLES && it.hasNext(); n++) {
      IngestResult r = it.next();
      if (!(r instanceof IngestResult.Ok ok)) {
        continue;
      }
      Annotation a = annotation(ok.article(), tokens);
      Annotation b = annotation(ok.article(), tokens);
      reference.annotate(a);
      gated.annotate(b);
      gazetteer.annotate(b);
      List<CoreLabel> ta = a.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> tb = b.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < ta.size(); i++) {
        String x = describe(ta.get(i));
        String y = describe(tb.get(i));
        if (gazetteerLabels.contains(ta.get(i).ner())) {
          labelled++;
        }
        if (!x.equals(y)) {
          differences.add(ok.article().id() + " " + x + " | gated: " + y);
        }
      }
    }
    assertThat(differences).isEmpty();
    assertThat(labelled).as("tokens the gazetteer labelled").isGreaterThan(100);
    long[] counts = gated.counts();
    assertThat(counts[1]).as("sentences skipped").isPositive();
    assertThat(counts[2]).as("tokens in windows").isPositive().isLessThan(counts[3]);
    System.out.printf("GatedNerIT: number and time rules ran on %d sentences, skipped %d; windows held %d of"
        + " the %d tokens of the sentences run in windows; %d gazetteer labels%n",
        counts[0], counts[1], counts[2], counts[3], labelled);
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
    return t.word() + "/" + t.ner() + "/" + t.get(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class)
        + "/" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
        + "/" + (timex == null ? "" : timex.value() + "/" + timex.timexType() + "/" + timex.tid() + "/"
            + timex.text() + "/" + (timex.range() == null ? "" : timex.range().begin + ".." + timex.range().end));
  }

  /** CoreNLP's caseless gazetteer without its CITY rows, as a file CoreNLP can read. */
  private static String withoutCities() throws IOException {
    Path file = Files.createTempFile("dateline-regexner-nocity-", ".tab");
    file.toFile().deleteOnExit();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(LiteGazetteer.open(LiteGazetteer.CASELESS), StandardCharsets.UTF_8));
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab < 0 || !line.startsWith("CITY\t", tab + 1)) {
          w.write(line);
          w.newLine();
        }
      }
    }
    return file.toString();
  }
}
