package org.dateline.core.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * Builds hand-parsed documents for unit tests, without CoreNLP. Input: one token per line, {@code
 * word POS lemma NER head relation} (head 1-based, 0 for the root), sentences separated by blank
 * lines. The text is the words joined by single spaces.
 */
final class Docs {
  private Docs() {}

  static AnnotatedDocument parse(String conll) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    for (String block : conll.strip().split("\\n\\s*\\n")) {
      List<Token> tokens = new ArrayList<>();
      List<Dependency> deps = new ArrayList<>();
      int sentenceStart = text.length() == 0 ? 0 : text.length() + 1;
      for (String line : block.strip().split("\\n")) {
        String[] f = line.strip().split("\\s+");
        if (text.length() > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(f[0]);
        int i = tokens.size();
        tokens.add(new Token(i, new Span(start, text.length()), f[0], f[1], f[2], f[3]));
        int head = Integer.parseInt(f[4]) - 1;
        deps.add(new Dependency(f[5], head < 0 ? Dependency.ROOT : head, i));
      }
      int index = sentences.size();
      sentences.add(new Sentence(index, new Span(sentenceStart, text.length()), tokens, deps));
      for (int i = 0; i < tokens.size(); i++) {
        String ner = tokens.get(i).ner();
        if (ner.equals("O") || (i > 0 && tokens.get(i - 1).ner().equals(ner))) {
          continue;
        }
        int end = i + 1;
        while (end < tokens.size() && tokens.get(end).ner().equals(ner)) {
          end++;
        }
        Span s = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
        entities.add(new EntityMention(s, s.of(text.toString()), ner, EntityKind.ofLabel(ner),
            index, i, end));
      }
    }
    Article article = new Article("t", "test", text.toString(), null, null, "Wire", LocalDate.of(2015, 12, 26),
        null, Map.of());
    return new AnnotatedDocument(
        article,
        EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.DEPENDENCIES),
        sentences, entities, List.of(), List.of(), List.of());
  }

  /** The span of the {@code occurrence}-th (from 1) appearance of {@code words}. */
  static Span find(AnnotatedDocument doc, String words, int occurrence) {
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = doc.article().text().indexOf(words, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("no " + words + " #" + occurrence);
      }
    }
    return new Span(at, at + words.length());
  }

  static Span find(AnnotatedDocument doc, String words) {
    return find(doc, words, 1);
  }
}
