package org.dateline.core.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a place name into its lookup key, so that spelling variants of one name meet: case,
 * diacritics ("Ar Riyāḑ" = "Ar Riyad"), hyphens and apostrophes ("Za'abeel" = "Zaabeel"), a
 * leading Arabic article in any of its transliterations ("Al Riyadh" = "Ar Riyad" = "Riyadh")
 * the dh/d variant of the letter dad ("Riyadh" = "Riyad") and "Saint" written "St.". Pure functions; thread-safe.
 */
public final class NameNormalizer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʻʼʿʾ‛]");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> ARTICLES =
      Set.of("al", "ar", "as", "ad", "an", "at", "az", "ash", "adh", "ath", "el", "es", "ed", "en",
          "et", "ez", "ul", "il");

  private NameNormalizer() {}

  /**
   * Case-folded, diacritic-free, punctuation-free form with single spaces ("Sant Julià de Lòria"
   * → "sant julia de loria"); empty when the name has no letters or digits.
   */
  public static String normalize(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT)
        .replace("ß", "ss")
        .replace("ø", "o")
        .replace("æ", "ae")
        .replace("œ", "oe")
        .replace("ł", "l")
        .replace("đ", "d")
        .replace("ð", "d")
        .replace("þ", "th")
        .replace("ı", "i");
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
    if (s.length() >= 3 && s.length() <= 12 && s.matches("(?:\\p{L} )+\\p{L}")) {
      s = s.replace(" ", ""); // "U.S." = "US", "N.Y." = "NY"
    }
    return s;
  }

  /**
   * The index key: {@link #normalize} plus the Arabic-transliteration folds (leading article
   * dropped, "dh" read as "d"). Never drops the article when it is the whole name.
   */
  public static String key(String name) {
    String s = normalize(name);
    int sp = s.indexOf(' ');
    if (sp > 0 && ARTICLES.contains(s.substring(0, sp))) {
      s = s.substring(sp + 1);
    }
    s = SAINT.matcher(s).replaceAll("st$1");
    return s.replace("dh", "d");
  }

  /** "Saint Louis County" = "St. Louis County", "Sainte-Foy" = "Ste-Foy"; a final "St" is a street. */
  private static final Pattern SAINT = Pattern.compile("\\bsaint(e?)\\b(?= )");

  /**
   * Whether two names of one place begin alike (the first three letters of their keys, or one key
   * opening the other): "Munich" and München, "Milan" and Milano, "Osaka" and Ōsaka-shi.
   */
  static boolean beginAlike(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka.startsWith(kb) || kb.startsWith(ka)) {
      return !ka.isEmpty() && !kb.isEmpty();
    }
    return ka.length() >= 3 && kb.length() >= 3 && ka.regionMatches(0, kb, 0, 3);
  }
}
