package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubDocumentTest {
  /** A tokenised document, one sentence per string, tokens split on spaces, lemma = word. */
  private static Annotation document(String... sentences) {
    String text = String.join(" ", sentences);
    Annotation doc = new Annotation(text);
    List<CoreMap> out = new ArrayList<>();
    List<CoreLabel> all = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < sentences.length; i++) {
      List<CoreLabel> tokens = new ArrayList<>();
      for (String w : sentences[i].split(" ")) {
        CoreLabel l = new CoreLabel();
        l.setWord(w);
        l.setValue(w);
        l.setLemma(w);
        l.setTag("NN");
        l.setBeginPosition(at);
        l.setEndPosition(at + w.length());
        l.setIndex(tokens.size() + 1);
        l.setSentIndex(i);
        at += w.length() + 1;
        tokens.add(l);
      }
      CoreMap s = new ArrayCoreMap();
      s.set(CoreAnnotations.TokensAnnotation.class, tokens);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      s.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
      s.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + tokens.size());
      all.addAll(tokens);
      out.add(s);
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    doc.set(CoreAnnotations.TokensAnnotation.class, all);
    return doc;
  }

  private static final SentenceSelector WANTS_SAID =
      tokens -> tokens.stream().anyMatch(t -> t.lemma().equals("said"));

  @Test
  void choosesWhatTheSelectorWantsAndWholeQuotations() {
    Annotation doc =
        document("It rained .", "He said so .", "`` We left .", "Then we ran . ''", "Nothing else .");
    assertThat(SubDocument.choose(doc, WANTS_SAID)).containsExactly(false, true, true, true, false);
  }

  @Test
  void reindexesTheChosenSentencesAndRestoresTheDocument() {
    Annotation doc = document("It rained .", "He said so .", "We said no .");
    SubDocument sub = SubDocument.of(doc, new boolean[] {false, true, true});
    List<CoreMap> picked = sub.annotation().get(CoreAnnotations.SentencesAnnotation.class);
    assertThat(picked).hasSize(2);
    assertThat(picked.get(0).get(CoreAnnotations.SentenceIndexAnnotation.class)).isZero();
    assertThat(picked.get(1).get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(4);
    assertThat(sub.annotation().get(CoreAnnotations.TokensAnnotation.class)).hasSize(8);
    assertThat(sub.documentSentence(1)).isEqualTo(2);
    // Character offsets index the original text either way.
    assertThat(sub.annotation().get(CoreAnnotations.TextAnnotation.class))
        .isEqualTo(doc.get(CoreAnnotations.TextAnnotation.class));

    sub.restore();
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    assertThat(all.get(2).get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(2);
    assertThat(all.get(2).get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(7);
    assertThat(all.get(2).get(CoreAnnotations.TokensAnnotation.class).get(0).sentIndex()).isEqualTo(2);
  }
}
