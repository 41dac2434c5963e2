package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * The words of hyphenated compounds: "Russian-backed", "U.S.-led", "Asia-Pacific", "DPRK-U.S.".
 * CoreNLP splits most of them into word, "-", word and tags the compound as one entity (or not at
 * all); some tokenizers keep them whole. Stateless.
 */
final class HyphenParts {
  private HyphenParts() {}

  /** A word part: letters, with the periods of an abbreviation ("U.S."). */
  private static final Pattern PART = Pattern.compile("\\p{L}[\\p{L}.]*");

  /** A part of a compound and where it lies in the article. */
  record Part(Span span, String text) {}

  /** The word parts of the sentence's hyphenated compounds, in order. */
  static List<Part> of(String text, List<Token> toks) {
    List<Part> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      String word = text.substring(t.span().start(), t.span().end());
      if (word.indexOf('-') > 0) {
        Matcher m = PART.matcher(word);
        while (m.find()) {
          out.add(part(t.span().start() + m.start(), m.group()));
        }
      } else if (!word.equals("-")
          && (joined(toks, i - 1, i) || joined(toks, i, i + 1))) {
        out.add(part(t.span().start(), word));
      }
    }
    return out;
  }

  /** Whether tokens {@code a} and {@code b} are a word and a touching hyphen, either way round. */
  private static boolean joined(List<Token> toks, int a, int b) {
    if (a < 0 || b >= toks.size() || toks.get(a).span().end() != toks.get(b).span().start()) {
      return false;
    }
    boolean hyphenA = toks.get(a).word().equals("-");
    boolean hyphenB = toks.get(b).word().equals("-");
    return hyphenA != hyphenB;
  }

  /** "U.S." keeps its periods; a period after a plain word is the sentence's. */
  private static Part part(int start, String word) {
    String w = word.endsWith(".") && word.indexOf('.') == word.length() - 1
        ? word.substring(0, word.length() - 1) : word;
    return new Part(new Span(start, start + w.length()), w);
  }
}
