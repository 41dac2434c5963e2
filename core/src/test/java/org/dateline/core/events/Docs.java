package org.dateline.core.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * Hand-built annotated documents for unit tests, so event and actor rules are tested without
 * CoreNLP. A sentence is written as tokens {@code word/POS/lemma} separated by blanks, and edges
 * {@code rel gov dep} separated by {@code ;} (token indices from 0, gov -1 for the root).
 */
final class Docs {
  private Docs() {}

  static AnnotatedDocument one(String tokens, String edges) {
    List<Token> toks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    for (String t : tokens.trim().split("\\s+")) {
      String[] f = t.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      String word = f[0].replace('_', ' ');
      text.append(word);
      toks.add(new Token(i++, new Span(start, text.length()), word, f[1], f.length > 2 ? f[2] : f[0].toLowerCase(),
          f.length > 3 ? f[3] : "O"));
    }
    List<Dependency> deps = new ArrayList<>();
    for (String e : edges.split(";")) {
      if (e.isBlank()) {
        continue;
      }
      String[] f = e.trim().split("\\s+");
      deps.add(new Dependency(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
    }
    Sentence s = new Sentence(0, new Span(0, text.length()), toks, deps);
    Article a = new Article("t", "test", text.toString(), null, null, null, LocalDate.of(2015, 12, 26), null, Map.of());
    return new AnnotatedDocument(a, EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES),
        List.of(s), List.of(), List.of(), List.of(), List.of());
  }
}
