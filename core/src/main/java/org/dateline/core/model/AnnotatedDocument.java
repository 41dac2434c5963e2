package org.dateline.core.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article with its language annotation: the output of the NLP stage and the input of every
 * later one. All spans index into {@code article.text()}.
 *
 * @param layers the layers that were computed; an absent layer's list is empty
 */
public record AnnotatedDocument(
    Article article,
    Set<Layer> layers,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<TimeExpression> times,
    List<CorefChain> corefChains,
    List<Quote> quotes) {

  public AnnotatedDocument {
    Objects.requireNonNull(article, "article");
    layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    corefChains = List.copyOf(corefChains);
    quotes = List.copyOf(quotes);
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  /**
   * Fails with a message naming the stage and the missing layer; stages call this once at the top
   * of their work so a misconfigured pipeline fails loudly instead of producing empty output.
   */
  public void require(String stage, Layer... needed) {
    for (Layer l : needed) {
      if (!layers.contains(l)) {
        throw new IllegalStateException(
            stage + " needs the " + l + " layer, which this pipeline does not produce; enable it"
                + " in the NLP configuration (--annotators)");
      }
    }
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
