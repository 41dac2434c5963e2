package org.dateline.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.core.json.DocumentJson;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;
import org.dateline.core.nlp.LanguageAnnotator;
import org.junit.jupiter.api.Test;

class DatelinePipelineTest {
  static final String TEXT = "Rebels attacked troops";

  /** A stand-in annotator that returns one hand-parsed sentence with the given layers. */
  static LanguageAnnotator annotator(Set<Layer> layers) {
    return new LanguageAnnotator() {
      @Override
      public AnnotatedDocument annotate(Article article) {
        List<Token> tokens = List.of(
            new Token(0, new Span(0, 6), "Rebels", "NNS", "rebel", "O"),
            new Token(1, new Span(7, 15), "attacked", "VBD", "attack", "O"),
            new Token(2, new Span(16, 22), "troops", "NNS", "troop", "O"));
        List<Dependency> deps = layers.contains(Layer.DEPENDENCIES)
            ? List.of(new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("obj", 1, 2))
            : List.of();
        return new AnnotatedDocument(article, layers, List.of(new Sentence(0, new Span(0, 22), tokens, deps)),
            List.of(), List.of(), List.of(), List.of());
      }

      @Override
      public Set<Layer> layers() {
        return layers;
      }
    };
  }

  static Article article() {
    return new Article("a1", "test", TEXT, null, null, null, LocalDate.of(2015, 12, 26), null, Map.of());
  }

  @Test
  void codesActorsAndEventsWhenTheParseIsThere() {
    CodedDocument doc = new DatelinePipeline(annotator(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS,
        Layer.DEPENDENCIES))).code(article());
    assertThat(doc.actors()).extracting(a -> a.code()).containsExactly("REB", "MIL");
    assertThat(doc.events()).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo("a1:e0:7-15");
      assertThat(e.sources()).extracting(a -> a.code()).containsExactly("REB");
      assertThat(e.targets()).extracting(a -> a.code()).containsExactly("MIL");
    });
    var tree = new DocumentJson().toTree(doc);
    assertThat(tree.path("events").get(0).path("trigger").path("start").asInt()).isEqualTo(7);
    assertThat(tree.path("events").get(0).path("type").asText()).isEqualTo("ASSAULT");
  }

  @Test
  void fewerLayersGiveEmptySectionsInsteadOfFailing() {
    CodedDocument noParse = new DatelinePipeline(annotator(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS)))
        .code(article());
    assertThat(noParse.actors()).hasSize(2);
    assertThat(noParse.events()).isEmpty();
    CodedDocument tokensOnly = new DatelinePipeline(annotator(EnumSet.of(Layer.TOKENS))).code(article());
    assertThat(tokensOnly.actors()).isEmpty();
    assertThat(tokensOnly.events()).isEmpty();
  }
}
