package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * Some of a document's sentences presented to CoreNLP as a document of their own, so the deep
 * annotators (dependency parse, coreference, quotes) run on them only. The sentence and token
 * objects are the document's own, re-indexed for the sub-document: what the annotators attach to
 * them (parses) lands in the full document. {@link #restore} puts the full document's indices
 * back. The text stays whole, so every character offset is unchanged. Single use.
 */
final class SubDocument {
  private static final Set<String> OPENING_QUOTES = Set.of("``", "“", "«");
  private static final Set<String> CLOSING_QUOTES = Set.of("''", "”", "»");

  private final Annotation doc;
  private final Annotation sub;
  private final int[] toDocument;

  private SubDocument(Annotation doc, Annotation sub, int[] toDocument) {
    this.doc = doc;
    this.sub = sub;
    this.toDocument = toDocument;
  }

  /**
   * Which sentences of {@code doc} (tokenised, tagged, lemmatised) the selector wants, widened so
   * that a quotation is never cut: every sentence that starts inside an open quotation is taken
   * along with the one that opened it.
   */
  static boolean[] choose(Annotation doc, SentenceSelector selector) {
    List<CoreMap> sentences = sentences(doc);
    boolean[] chosen = new boolean[sentences.size()];
    boolean open = false;
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreLabel> labels = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
      boolean quoted = open;
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        String w = l.word();
        if (OPENING_QUOTES.contains(w)) {
          open = true;
          quoted = true;
        } else if (CLOSING_QUOTES.contains(w)) {
          open = false;
          quoted = true;
        }
        tokens.add(
            new Token(
                tokens.size(),
                new Span(l.beginPosition(), Math.max(l.beginPosition(), l.endPosition())),
                w,
                l.tag() == null ? "" : l.tag(),
                l.lemma() == null ? w : l.lemma(),
                "O"));
      }
      chosen[i] = quoted || selector.wants(tokens);
    }
    return chosen;
  }

  /** The chosen sentences as a document; indices of the full document are changed until {@link #restore}. */
  static SubDocument of(Annotation doc, boolean[] chosen) {
    List<CoreMap> all = sentences(doc);
    List<CoreMap> picked = new ArrayList<>();
    List<CoreLabel> tokens = new ArrayList<>();
    List<Integer> map = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (chosen[i]) {
        CoreMap s = all.get(i);
        index(s, picked.size(), tokens.size());
        map.add(i);
        picked.add(s);
        tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    sub.set(CoreAnnotations.SentencesAnnotation.class, picked);
    sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
    // Tokens point into the document's entity mention list by index; share the list as it is.
    sub.set(CoreAnnotations.MentionsAnnotation.class, doc.get(CoreAnnotations.MentionsAnnotation.class));
    String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      sub.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    return new SubDocument(doc, sub, map.stream().mapToInt(Integer::intValue).toArray());
  }

  Annotation annotation() {
    return sub;
  }

  /** Full-document index of the sub-document's sentence {@code i} (from 0). */
  int documentSentence(int i) {
    return toDocument[i];
  }

  /** Gives the full document's sentences and tokens their own indices again. */
  void restore() {
    List<CoreMap> all = sentences(doc);
    int token = 0;
    for (int i = 0; i < all.size(); i++) {
      index(all.get(i), i, token);
      token += all.get(i).get(CoreAnnotations.TokensAnnotation.class).size();
    }
  }

  private static void index(CoreMap sentence, int index, int firstToken) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    Integer oldBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    int shift = oldBegin == null ? 0 : firstToken - oldBegin;
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap m : mentions) {
        m.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        shift(m, CoreAnnotations.TokenBeginAnnotation.class, shift);
        shift(m, CoreAnnotations.TokenEndAnnotation.class, shift);
      }
    }
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
    for (CoreLabel l : tokens) {
      l.setSentIndex(index);
    }
  }

  private static void shift(
      CoreMap m, Class<? extends edu.stanford.nlp.util.TypesafeMap.Key<Integer>> key, int by) {
    Integer v = m.get(key);
    if (v != null) {
      m.set(key, v + by);
    }
  }

  private static List<CoreMap> sentences(Annotation doc) {
    List<CoreMap> s = doc.get(CoreAnnotations.SentencesAnnotation.class);
    return s == null ? List.of() : s;
  }
}
