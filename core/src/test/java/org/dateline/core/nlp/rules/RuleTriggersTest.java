package org.dateline.core.nlp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The checks reach SUTime's rules in the CoreNLP version the build pins, check nearly all of them,
 * and change nothing SUTime finds ({@code GatedNerIT} compares on news articles as well).
 */
class RuleTriggersTest {
  private static NERCombinerAnnotator sutimeOnly() throws Exception {
    Properties p = new Properties();
    p.setProperty("ner.model", "");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return new NERCombinerAnnotator(p);
  }

  @Test
  void checksSutimesRulesAndFindsTheSameExpressions() throws Exception {
    NERCombinerAnnotator plain = sutimeOnly();
    NERCombinerAnnotator checked = sutimeOnly();
    RuleTriggers triggers = RuleTriggers.install(checked);
    assertThat(triggers).as("SUTime's extractor reachable").isNotNull();
    int[] rules = triggers.rules();
    // 239 rules in CoreNLP 4.5.10, of which only the text-regex ones (and one more) go unchecked.
    assertThat(rules[0]).isGreaterThan(200);
    assertThat(rules[1]).isGreaterThan(rules[0] * 8 / 10);
    assertThat(RuleTriggers.install(checked).rules()).containsExactly(rules);

    Properties base = new Properties();
    base.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    StanfordCoreNLP tokens = new StanfordCoreNLP(base);
    String text = "The ceasefire began on January 5, 2015, two days later than planned. "
        + "Talks resume next Tuesday morning at 10 a.m. and run every other week until mid-March. "
        + "In the past three years, about 1,200 people died; the army said so in the 1990s. "
        + "The mayor spoke at the end of the first quarter of fiscal 2014, on Christmas Eve. "
        + "Nothing here names a time at all.";
    Annotation a = new Annotation(text);
    Annotation b = new Annotation(text);
    a.set(CoreAnnotations.DocDateAnnotation.class, "2015-01-10");
    b.set(CoreAnnotations.DocDateAnnotation.class, "2015-01-10");
    tokens.annotate(a);
    tokens.annotate(b);
    plain.annotate(a);
    checked.annotate(b);
    assertThat(labels(b)).isEqualTo(labels(a));
    assertThat(labels(b)).contains("Tuesday/TIME/2015-01-13T10:00/"
        + "<TIMEX3 tid=\"t2\" type=\"TIME\" value=\"2015-01-13T10:00\">next Tuesday morning at 10 a.m.</TIMEX3>");
    assertThat(labels(b)).anyMatch(s -> s.startsWith("week/SET/"));
    assertThat(labels(b)).anyMatch(s -> s.startsWith("1990s/DATE/199X/"));
    long[] counts = triggers.counts();
    assertThat(counts[1]).as("rule applications skipped").isGreaterThan(counts[0]);
  }

  private static List<String> labels(Annotation doc) {
    List<String> out = new ArrayList<>();
    for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      out.add(t.word() + "/" + t.ner() + "/" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
          + "/" + (timex == null ? "" : timex.toString()));
    }
    return out;
  }
}
