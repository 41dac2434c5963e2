package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dateline.core.model.Layer;
import org.junit.jupiter.api.Test;

class NlpConfigTest {
  @Test
  void fullPipelineRunsEveryAnnotatorInOrder() {
    assertThat(NlpConfig.full().annotators())
        .containsExactly("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref", "quote");
  }

  @Test
  void parsesAnnotatorLists() {
    NlpConfig c = NlpConfig.parse(" tokenize, ssplit,pos ", NlpConfig.CorefAlgorithm.FASTNEURAL);
    assertThat(c.layers()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.POS);
    assertThat(c.annotators()).containsExactly("tokenize", "ssplit", "pos");
  }

  @Test
  void missingPrerequisiteIsRefusedWithTheFix() {
    assertThatThrownBy(() -> NlpConfig.parse("tokenize,ssplit,pos,lemma,ner,coref", NlpConfig.CorefAlgorithm.FASTNEURAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COREF needs DEPENDENCIES");
  }

  @Test
  void unknownAnnotatorIsNamed() {
    assertThatThrownBy(() -> NlpConfig.parse("tokenize,sentiment", NlpConfig.CorefAlgorithm.FASTNEURAL))
        .hasMessageContaining("unknown annotator 'sentiment'")
        .hasMessageContaining("known: tokenize");
  }

  @Test
  void profileDefaultsToFullAndIsKeptByParse() {
    assertThat(NlpConfig.full().profile()).isEqualTo(NlpConfig.Profile.FULL);
    NlpConfig fast = NlpConfig.parse("tokenize,ssplit,pos", NlpConfig.CorefAlgorithm.FASTNEURAL, NlpConfig.Profile.FAST);
    assertThat(fast.profile()).isEqualTo(NlpConfig.Profile.FAST);
    assertThat(fast.withProfile(NlpConfig.Profile.FULL).layers()).isEqualTo(fast.layers());
  }

  @Test
  void onlyTheFastProfileNamesItsOwnNerModel() {
    assertThat(CoreNlpAnnotator.properties(NlpConfig.full().withProfile(NlpConfig.Profile.FAST))
            .getProperty("ner.model"))
        .isEqualTo(CoreNlpAnnotator.FAST_NER_MODEL);
    assertThat(CoreNlpAnnotator.properties(NlpConfig.full()).getProperty("ner.model")).isNull();
  }

  @Test
  void theLiteProfileRunsNoCrfAndNoCorenlpCoreference() {
    java.util.Properties p = CoreNlpAnnotator.properties(NlpConfig.full().withProfile(NlpConfig.Profile.LITE));
    assertThat(p.getProperty("ner.model")).isEmpty();
    assertThat(p.getProperty("annotators"))
        .isEqualTo(
            "tokenize,ssplit,pos,lemma," + GatedNerAnnotator.NAME + "," + GazetteerAnnotator.NAME + ","
                + RuleEntityAnnotator.NAME + "," + LeanDependencyParseAnnotator.NAME + ",quote");
    // The fine-grained gazetteer comes from the trie annotator, not from CoreNLP's NER step.
    assertThat(p.getProperty("ner.applyFineGrained")).isEqualTo("false");
    assertThat(p.getProperty("customAnnotatorClass." + GatedNerAnnotator.NAME))
        .isEqualTo(GatedNerAnnotator.class.getName());
    assertThat(p.getProperty("customAnnotatorClass." + GazetteerAnnotator.NAME))
        .isEqualTo(GazetteerAnnotator.class.getName());
    assertThat(p.getProperty("customAnnotatorClass." + RuleEntityAnnotator.NAME))
        .isEqualTo(RuleEntityAnnotator.class.getName());
  }
}
