package org.dateline.core.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CorefChain;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.TimeExpression;
import org.dateline.core.model.Token;

/**
 * Builds small annotated documents by hand for unit tests that must not load CoreNLP. Sentences
 * are given as {@code word/POS} tokens separated by spaces; offsets are computed from the text.
 */
public final class TestDocs {
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<CorefChain> chains = new ArrayList<>();
  private LocalDate published;

  public static TestDocs published(LocalDate date) {
    TestDocs d = new TestDocs();
    d.published = date;
    return d;
  }

  /** Adds a sentence from {@code "He/PRP will/MD visit/VB on/IN Saturday/NNP"}. */
  public TestDocs sentence(String tagged, Dependency... deps) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int start = text.length();
    List<Token> tokens = new ArrayList<>();
    String[] parts = tagged.split(" ");
    for (int i = 0; i < parts.length; i++) {
      int slash = parts[i].lastIndexOf('/');
      String word = parts[i].substring(0, slash);
      String pos = parts[i].substring(slash + 1);
      if (i > 0) {
        text.append(' ');
      }
      int s = text.length();
      text.append(word);
      tokens.add(new Token(i, new Span(s, text.length()), word, pos, word.toLowerCase(), "O"));
    }
    sentences.add(new Sentence(sentences.size(), new Span(start, text.length()), tokens, List.of(deps)));
    return this;
  }

  /** Marks the first occurrence of {@code words} in the last sentence as a time expression. */
  public TestDocs time(String words, String value) {
    Sentence s = sentences.get(sentences.size() - 1);
    int at = text.indexOf(words, s.span().start());
    times.add(new TimeExpression(new Span(at, at + words.length()), words, s.index(), "DATE", value, null, null));
    return this;
  }

  /** Marks the n-th occurrence (from 0) of {@code words} in the text as an entity. */
  public TestDocs entity(String words, String label, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.indexOf(words, at + 1);
    }
    mention(sentences, new Span(at, at + words.length()), words, label).ifPresent(entities::add);
    return this;
  }

  /**
   * The entity mention of {@code words} at {@code span}, over the tokens it covers in the sentence
   * holding it; empty when no sentence holds the whole span.
   */
  public static Optional<EntityMention> mention(List<Sentence> sentences, Span span, String words, String label) {
    for (Sentence s : sentences) {
      if (s.span().contains(span)) {
        int first = -1;
        int end = -1;
        for (Token t : s.tokens()) {
          if (span.contains(t.span())) {
            first = first < 0 ? t.index() : first;
            end = t.index() + 1;
          }
        }
        return Optional.of(new EntityMention(span, words, label, EntityKind.ofLabel(label), s.index(), first, end));
      }
    }
    return Optional.empty();
  }

  public TestDocs chain(CorefChain chain) {
    chains.add(chain);
    return this;
  }

  public String text() {
    return text.toString();
  }

  public AnnotatedDocument build() {
    Article a = new Article("t", "test", text.toString(), null, null, null, published, null, Map.of());
    return new AnnotatedDocument(
        a, EnumSet.allOf(Layer.class), sentences, entities, times, chains, List.of());
  }
}
