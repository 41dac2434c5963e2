package org.dateline.core.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.core.model.Layer;

/**
 * Which annotation layers to compute, and how. Validated on construction: a layer whose
 * prerequisites are missing is an error that names the fix, raised before any model loads.
 *
 * @param layers the layers to produce
 * @param coref the coreference algorithm, used when {@link Layer#COREF} is on
 * @param profile how much of CoreNLP runs on which sentences
 */
public record NlpConfig(Set<Layer> layers, CorefAlgorithm coref, Profile profile) {

  /**
   * How the layers are computed. Both produce the same layers; they differ in cost and, slightly,
   * in what CoreNLP finds.
   */
  public enum Profile {
    /**
     * One NER model (CoNLL 4-class, with SUTime and the fine-grained rules) on every sentence;
     * dependency parses, coreference and quotes only on the sentences a {@link SentenceSelector}
     * chooses (those that can yield an event or a claim), as one sub-document.
     */
    FAST,
    /**
     * No statistical NER or coreference: CoreNLP's rule-based NER (its fine-grained gazetteer
     * matched from a trie, {@link GazetteerAnnotator}; SUTime and numbers on the sentences with a
     * time or number cue, {@link GatedNerAnnotator})
     * and Dateline's own entity tagger on every sentence, dependency parses and quotes on the
     * chosen sentences as under {@link #FAST}, and Dateline's own pronoun and name resolution for
     * coreference.
     */
    LITE,
    /** CoreNLP's three NER models and every annotator on every sentence. */
    FULL
  }

  /** The profile used when none is named. */
  public static final Profile DEFAULT_PROFILE = Profile.FULL;

  /** CoreNLP's English coreference systems that run on dependency parses. */
  public enum CorefAlgorithm {
    STATISTICAL,
    FASTNEURAL
  }

  /** The annotator names users type, and the layers each one produces. */
  private static final Map<String, Set<Layer>> ANNOTATORS = annotatorTable();

  /** With {@link #DEFAULT_PROFILE}. */
  public NlpConfig(Set<Layer> layers, CorefAlgorithm coref) {
    this(layers, coref, DEFAULT_PROFILE);
  }

  public NlpConfig {
    java.util.Objects.requireNonNull(profile, "profile");
    layers = Set.copyOf(EnumSet.copyOf(layers.isEmpty() ? EnumSet.of(Layer.TOKENS) : layers));
    java.util.Objects.requireNonNull(coref, "coref");
    requireFor(layers, Layer.POS, Layer.TOKENS);
    requireFor(layers, Layer.LEMMAS, Layer.POS);
    requireFor(layers, Layer.ENTITIES, Layer.LEMMAS);
    requireFor(layers, Layer.TIMES, Layer.ENTITIES);
    requireFor(layers, Layer.DEPENDENCIES, Layer.POS);
    requireFor(layers, Layer.COREF, Layer.ENTITIES);
    requireFor(layers, Layer.COREF, Layer.DEPENDENCIES);
    requireFor(layers, Layer.QUOTES, Layer.COREF);
  }

  /** The full pipeline: tokens through coreference and quotes. */
  public static NlpConfig full() {
    return new NlpConfig(EnumSet.allOf(Layer.class), CorefAlgorithm.FASTNEURAL);
  }

  /**
   * Parses a CoreNLP-style annotator list ({@code "tokenize,ssplit,pos,lemma,ner"}). Unknown names
   * are an error listing the known ones.
   */
  public static NlpConfig parse(String annotators, CorefAlgorithm coref) {
    return parse(annotators, coref, DEFAULT_PROFILE);
  }

  /** As {@link #parse(String, CorefAlgorithm)}, with a profile. */
  public static NlpConfig parse(String annotators, CorefAlgorithm coref, Profile profile) {
    Set<Layer> layers = EnumSet.noneOf(Layer.class);
    for (String raw : annotators.split(",")) {
      String name = raw.trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      Set<Layer> produced = ANNOTATORS.get(name);
      if (produced == null) {
        throw new IllegalArgumentException(
            "unknown annotator '" + raw.trim() + "'; known: " + String.join(",", ANNOTATORS.keySet()));
      }
      layers.addAll(produced);
    }
    return new NlpConfig(layers, coref, profile);
  }

  /** This configuration with another profile. */
  public NlpConfig withProfile(Profile other) {
    return new NlpConfig(layers, coref, other);
  }

  /** The CoreNLP annotator list that produces these layers, in pipeline order. */
  public List<String> annotators() {
    List<String> out = new ArrayList<>();
    ANNOTATORS.forEach(
        (name, produced) -> {
          if (!name.equals("ssplit") && layers.containsAll(produced)) {
            out.add(name);
            if (name.equals("tokenize")) {
              out.add("ssplit");
            }
          }
        });
    return out;
  }

  private static void requireFor(Set<Layer> layers, Layer layer, Layer needed) {
    if (layers.contains(layer) && !layers.contains(needed)) {
      throw new IllegalArgumentException(
          "annotation layer "
              + layer
              + " needs "
              + needed
              + "; add the annotator that produces it (order: tokenize,ssplit,pos,lemma,ner,"
              + "depparse,coref,quote)");
    }
  }

  private static Map<String, Set<Layer>> annotatorTable() {
    Map<String, Set<Layer>> m = new LinkedHashMap<>();
    m.put("tokenize", EnumSet.of(Layer.TOKENS));
    m.put("ssplit", EnumSet.of(Layer.TOKENS));
    m.put("pos", EnumSet.of(Layer.POS));
    m.put("lemma", EnumSet.of(Layer.LEMMAS));
    m.put("ner", EnumSet.of(Layer.ENTITIES, Layer.TIMES));
    m.put("depparse", EnumSet.of(Layer.DEPENDENCIES));
    m.put("coref", EnumSet.of(Layer.COREF));
    m.put("quote", EnumSet.of(Layer.QUOTES));
    return m;
  }
}
