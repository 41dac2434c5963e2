package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The stretches of a sentence that CoreNLP's number and time rules need to see: every token that
 * could begin or anchor an expression, with {@link #REACH} tokens either side. SUTime tries each
 * of its several hundred token patterns at every position of the sentence it is given, so its cost
 * grows with the sentence's length, while its patterns and their context checks (a past-tense verb
 * up to three tokens away, a noun tag after "may") are local. Running it on these stretches
 * instead of the whole sentence gives the same labels and values in a fraction of the work
 * (measured in docs/speed.md, fourth round); where the stretches cover the whole sentence it runs
 * on the sentence itself.
 */
final class RuleWindows {
  /**
   * Tokens kept on each side of an anchor: longer than SUTime's longest expression around one
   * anchor in practice ("the first two weeks of last month") plus the three tokens of context its
   * tense rules read.
   */
  static final int REACH = 8;

  /**
   * Words that begin or belong to an expression without opening the gate themselves ("at the time",
   * "may end", "the near future"): the gate needs one cue per sentence, a window one per
   * expression.
   */
  private static final Set<String> ANCHORS = Set.of("may", "time", "medieval", "near");

  private RuleWindows() {}

  /** Half-open token ranges {@code [start, end)}, in order, not touching each other. */
  static List<int[]> of(List<CoreLabel> tokens, int reach) {
    List<int[]> out = new ArrayList<>();
    int n = tokens.size();
    int start = -1;
    int end = -1;
    for (int i = 0; i < n; i++) {
      if (!isAnchor(tokens.get(i))) {
        continue;
      }
      int s = Math.max(0, i - reach);
      int e = Math.min(n, i + reach + 1);
      if (start >= 0 && s <= end) {
        end = e;
      } else {
        if (start >= 0) {
          out.add(new int[] {start, end});
        }
        start = s;
        end = e;
      }
    }
    if (start >= 0) {
      out.add(new int[] {start, end});
    }
    return out;
  }

  static boolean isAnchor(CoreLabel t) {
    // Any cardinal: the number rules label a CD token ("World War II") whatever its spelling.
    return GatedNerAnnotator.isCue(t)
        || "CD".equals(t.tag())
        || ANCHORS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /**
   * A sentence made of one window, as the number and time rules read a sentence: its tokens (the
   * same objects, so labels land on the document's tokens), its text and offsets. Null when the
   * tokens carry no character offsets into {@code text}.
   */
  static CoreMap sentence(String text, CoreMap sentence, int start, int end) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).subList(start, end);
    int begin = tokens.get(0).beginPosition();
    int stop = tokens.get(tokens.size() - 1).endPosition();
    if (text == null || begin < 0 || stop < begin || stop > text.length()) {
      return null;
    }
    CoreMap w = new ArrayCoreMap();
    w.set(CoreAnnotations.TokensAnnotation.class, tokens);
    w.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, stop));
    w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, stop);
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (first != null) {
      w.set(CoreAnnotations.TokenBeginAnnotation.class, first + start);
      w.set(CoreAnnotations.TokenEndAnnotation.class, first + end);
    }
    Integer index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
    if (index != null) {
      w.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    }
    return w;
  }
}
