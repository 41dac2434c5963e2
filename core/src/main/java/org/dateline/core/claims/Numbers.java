package org.dateline.core.claims;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Reads small cardinal numbers written as digits or English words. Stateless. */
final class Numbers {
  private Numbers() {}

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
          Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
          Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
          Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
          Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
          Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
          Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
          Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
          Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
          Map.entry("dozen", 12), Map.entry("a", 1), Map.entry("an", 1), Map.entry("both", 2));

  /** The value of one token ("Two", "42", "1,200"), or empty. */
  static OptionalInt parse(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    Integer v = WORDS.get(w);
    if (v != null) {
      return OptionalInt.of(v);
    }
    if (w.matches("\\d{1,9}")) {
      return OptionalInt.of(Integer.parseInt(w));
    }
    return OptionalInt.empty();
  }
}
