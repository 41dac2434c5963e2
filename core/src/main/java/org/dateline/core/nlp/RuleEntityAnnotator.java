package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.dateline.core.entities.EntityLexicon;
import org.dateline.core.entities.EntityTagger;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * The {@code lite} profile's entity layer as a CoreNLP annotator: after CoreNLP's rule-based NER
 * (SUTime, numbers, the fine-grained gazetteer of {@link GazetteerAnnotator}; no CRF), Dateline's {@link EntityTagger} labels
 * persons, organisations and places, and CoreNLP's entity-mention builder turns the labels into
 * mentions, so everything downstream sees the same records as with the CRFs. Built by CoreNLP
 * through {@code customAnnotatorClass}, one per pipeline; not thread-safe (CoreNLP's mention
 * builder is not documented as such).
 */
public final class RuleEntityAnnotator implements Annotator {
  /** The name CoreNLP knows it by in an annotator list. */
  static final String NAME = "dlentities";
  /** First names with their gender, shipped with CoreNLP's models (the gender annotator's data). */
  private static final String FIRST_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  /** Rows that are plain names, not TokensRegex patterns. */
  private final EntityTagger tagger;
  private final EntityMentionsAnnotator mentions;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.dlentities}. */
  public RuleEntityAnnotator(String name, Properties props) {
    this.tagger = new EntityTagger(shippedLexicon());
    this.mentions = new EntityMentionsAnnotator("ner.entitymentions", new Properties());
  }

  private static @Nullable EntityLexicon shipped;

  /**
   * The lexicon, built once per JVM: every pipeline (one per worker thread) shares it instead of
   * reading CoreNLP's name and city lists again. A failure is thrown to each caller as it is.
   */
  static synchronized EntityLexicon shippedLexicon() {
    if (shipped == null) {
      shipped = EntityLexicon.shipped(firstNames(), GazetteerAnnotator.shipped().cities());
    }
    return shipped;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    List<List<Token>> doc = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        tokens.add(
            new Token(
                tokens.size(),
                new Span(l.beginPosition(), Math.max(l.beginPosition(), l.endPosition())),
                l.word(),
                l.tag() == null ? "" : l.tag(),
                l.lemma() == null ? l.word() : l.lemma(),
                l.ner() == null ? "O" : l.ner()));
      }
      doc.add(tokens);
    }
    List<List<String>> tagged = tagger.tag(doc);
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreLabel> labels = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
      for (int t = 0; t < labels.size(); t++) {
        String label = tagged.get(i).get(t);
        CoreLabel l = labels.get(t);
        if (!label.equals(l.ner())) {
          l.setNER(label);
          // The coarse label CoreNLP's mention builder and quote attribution read.
          l.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, label);
        }
      }
    }
    mentions.annotate(annotation);
  }

  private static Map<String, EntityLexicon.Gender> firstNames() {
    Map<String, EntityLexicon.Gender> out = new HashMap<>();
    InputStream in = RuleEntityAnnotator.class.getClassLoader().getResourceAsStream(FIRST_NAMES);
    if (in == null) {
      throw new IllegalStateException(
          "CoreNLP's models jar is not on the class path (" + FIRST_NAMES + " is missing)");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
          out.put(f[0], EntityLexicon.Gender.valueOf(f[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FIRST_NAMES, e);
    }
    return out;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.MentionsAnnotation.class, CoreAnnotations.EntityMentionIndexAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class);
  }
}
