package org.dateline.core.geo;

import java.util.regex.Pattern;
import org.dateline.core.model.Span;

/**
 * A state's abbreviation written as a plain word: "Miss Abdhou", "Easter Sunday Mass", "Little
 * Miss", "Ole Miss". News writes the abbreviation with its period ("Jackson, Miss."), after a
 * comma following a town ("Worcester, Mass") or after a party ("D-Calif"); without any of these,
 * a title-case word that is only an abbreviation's alias is an honorific, a noun or a nickname,
 * not the state. Stateless.
 */
final class BareAbbreviation {
  /** A short title-case word; "MS", "Miss." and "Mississippi" are not in question. */
  private static final Pattern SHORT_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}");

  private BareAbbreviation() {}

  /** Whether {@code span} of {@code text} is such a word and so no mention. */
  static boolean isWord(Gazetteer gazetteer, String text, Span span) {
    String name = text.substring(span.start(), span.end());
    if (!SHORT_WORD.matcher(name).matches()) {
      return false;
    }
    if (span.end() < text.length() && text.charAt(span.end()) == '.') {
      return false;
    }
    int before = span.start() - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (before >= 0 && (text.charAt(before) == ',' || text.charAt(before) == '-')) {
      return false;
    }
    var candidates = gazetteer.lookup(name);
    return !candidates.isEmpty() && candidates.stream().allMatch(
        c -> !c.primaryName() && c.entry().level() == GeoEntry.Level.ADMIN1);
  }
}
