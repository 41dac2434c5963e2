package org.dateline.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Content words of a text, lower-cased and reduced to a crude stem, with stop words dropped: enough
 * for "arrested"/"arrests" or "shooting"/"shootings" to meet without a lemmatiser, so the
 * clusterer stays pure Java and works on text from any caller. Stateless.
 */
final class Terms {
  private Terms() {}

  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
          "from", "as", "into", "about", "after", "before", "over", "under", "than", "that", "this",
          "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has",
          "have", "had", "do", "does", "did", "will", "would", "could", "should", "may", "might",
          "can", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "him",
          "them", "us", "me", "my", "who", "whom", "which", "what", "when", "where", "why", "how",
          "not", "no", "said", "says", "say", "also", "there", "here", "up", "out", "if", "so",
          "all", "more", "most", "some", "any", "one", "two", "new", "just", "s", "t", "mr", "mrs",
          "ms", "while", "during", "then", "now", "only", "other", "such", "very", "both", "each");

  /** The stems of the content words of {@code text}, in order, repeats kept. */
  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        String w = word.toString();
        word.setLength(0);
        if (!STOP.contains(w) && (w.length() > 1 || Character.isDigit(w.charAt(0)))) {
          out.add(stem(w));
        }
      }
    }
    return out;
  }

  /** Term frequencies of {@link #of}. */
  static Map<String, Integer> counts(String text) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : of(text)) {
      tf.merge(t, 1, Integer::sum);
    }
    return tf;
  }

  /**
   * A light suffix stripper (plural, -ing, -ed, -ly), not Porter's: inflections of one lemma meet,
   * derivations stay apart ("arrest"/"arrested" meet, "arrest"/"arrester" do not).
   */
  static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    for (String suffix : List.of("ing", "ed", "ly")) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3 && hasVowel(w, w.length() - suffix.length())) {
        w = w.substring(0, w.length() - suffix.length());
        int n = w.length();
        // "stopped" -> "stopp" -> "stop"; "hoping" -> "hop" stays short but consistent across forms
        if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
          w = w.substring(0, n - 1);
        }
        break;
      }
    }
    if (w.endsWith("e") && w.length() > 3) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static boolean hasVowel(String w, int end) {
    for (int i = 0; i < end; i++) {
      if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
