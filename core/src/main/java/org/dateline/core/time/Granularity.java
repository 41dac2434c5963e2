package org.dateline.core.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Corrections SUTime's values need in news, applied before re-anchoring: "four years ago" names a
 * year, not a day; "the quarter" in a past-tense report is the last completed quarter, and a
 * quarter SUTime put after the article date is last year's unless the clause is future. Stateless.
 */
final class Granularity {
  private Granularity() {}

  private static final Pattern AGO =
      Pattern.compile("(?i)\\b(years|months)\\s+(ago|earlier|before)\\b");
  /** "a year earlier", "last year": in a quarterly report, the same quarter a year before. */
  private static final Pattern YEAR_BEFORE =
      Pattern.compile("(?i)^(?:a\\s+year\\s+(?:ago|earlier|before)|last\\s+year|"
          + "the\\s+year-earlier\\s+(?:period|quarter)|the\\s+(?:corresponding|same)\\s+period"
          + "(?:\\s+(?:a|last)\\s+year(?:\\s+(?:ago|earlier))?)?)$");
  private static final Pattern QUARTER_WORD = Pattern.compile("(?i)\\bquarter");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern PLAIN_QUARTER =
      Pattern.compile("(?i)(?:the|its|a|their|his|her)?\\s*(?:latest|most recent|recent|flat|same|"
          + "past|previous|just-ended|just ended)?\\s*(?:fiscal\\s+)?quarter");
  private static final Pattern LATEST_QUARTER =
      Pattern.compile("(?i)\\b(?:latest|most recent|just-ended|just ended|previous)\\s+(?:fiscal\\s+)?quarter");

  /**
   * The refined value, or {@code value} unchanged.
   *
   * @param sentence the text of the expression's sentence
   */
  static String refine(String text, String value, LocalDate ref, boolean future, String sentence) {
    String t = text.trim();
    int refQuarterOfYear = (ref.getMonthValue() - 1) / 3 + 1;
    if (!future && YEAR_BEFORE.matcher(t).matches() && QUARTER_WORD.matcher(sentence).find()
        && !QUARTER.matcher(value).matches()) {
      String last = previousQuarter(ref.getYear(), refQuarterOfYear);
      return (Integer.parseInt(last.substring(0, 4)) - 1) + last.substring(4);
    }
    Matcher ago = AGO.matcher(t);
    if (ago.find() && DAY.matcher(value).matches()) {
      boolean years = ago.group(1).toLowerCase(Locale.ROOT).startsWith("year");
      return years ? value.substring(0, 4) : value.substring(0, 7);
    }
    int refQuarter = (ref.getMonthValue() - 1) / 3 + 1;
    if (!future && LATEST_QUARTER.matcher(t).find() && !QUARTER.matcher(value).matches()) {
      return previousQuarter(ref.getYear(), refQuarter);
    }
    Matcher q = QUARTER.matcher(value);
    if (q.matches() && !future) {
      int year = Integer.parseInt(q.group(1));
      int quarter = Integer.parseInt(q.group(2));
      boolean after = year > ref.getYear() || (year == ref.getYear() && quarter > refQuarter);
      if (after) {
        return (year - 1) + "-Q" + quarter;
      }
      if (year == ref.getYear() && quarter == refQuarter && PLAIN_QUARTER.matcher(t).matches()) {
        return previousQuarter(year, quarter);
      }
    }
    return value;
  }

  /** "the latest quarter", which SUTime reads as a duration: the last completed quarter, or null. */
  static @Nullable String latestQuarter(String text, LocalDate ref) {
    if (!LATEST_QUARTER.matcher(text).find()) {
      return null;
    }
    return previousQuarter(ref.getYear(), (ref.getMonthValue() - 1) / 3 + 1);
  }

  private static String previousQuarter(int year, int quarter) {
    return quarter == 1 ? (year - 1) + "-Q4" : year + "-Q" + (quarter - 1);
  }
}
