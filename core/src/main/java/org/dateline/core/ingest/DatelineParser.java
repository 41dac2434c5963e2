package org.dateline.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.model.Dateline;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the wire-service header at the start of a story: place, date and agency, ended by a
 * dash or colon ({@code "KIRKUK, Iraq (Reuters) -"}, {@code "WASHINGTON —"}, {@code "Dec. 26 (AP)
 * —"}, {@code "BEIRUT, Lebanon, Dec 27 (AFP) -"}).
 *
 * <p>It is deliberately strict: a header without an agency must start with an upper-case place
 * name or a date, so an ordinary first sentence with a dash is never mistaken for a dateline.
 * Stateless and thread-safe.
 */
public final class DatelineParser {
  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String DATE = MONTH + "\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?";
  // One place segment: 1-5 capitalised words, allowing Arabic articles (al-), St., hyphens.
  private static final String WORD = "(?:[a-z]{1,3}-)?\\p{Lu}[\\p{L}'’.\\-]*";
  private static final String PLACE = WORD + "(?:\\s" + WORD + "){0,4}";
  private static final String SEGMENT = "(?:" + DATE + "|" + PLACE + ")";
  private static final Pattern HEADER =
      Pattern.compile(
          "\\A[ \\t]*(?<head>"
              + SEGMENT
              + "(?:,\\s*"
              + SEGMENT
              + "){0,3})"
              + "(?:\\s*\\((?<agency>[\\p{Lu}][\\p{L}\\d .&'/-]{0,40})\\))?"
              + "[ \\t]*(?<dash>--|[-–—:])[ \\t]*");
  private static final Pattern DATE_ONLY =
      Pattern.compile("(?<month>" + MONTH + ")\\.?\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?");
  private static final Map<String, Month> MONTHS = monthPrefixes();

  /**
   * Parses the header at the start of {@code text}, if there is one.
   *
   * @param publishedYearFrom the publication date, used for the year of a header date without one
   */
  public Optional<Dateline> parse(String text, @Nullable LocalDate publishedYearFrom) {
    int lineEnd = text.indexOf('\n');
    String firstLine = lineEnd < 0 ? text : text.substring(0, lineEnd);
    Matcher m = HEADER.matcher(firstLine);
    if (!m.find()) {
      return Optional.empty();
    }
    String head = m.group("head");
    int headStart = m.start("head");
    String agency = m.group("agency");
    boolean hasAgency = agency != null;
    // Without an agency a header is only credible in capitals ("WASHINGTON —") or as a date.
    String firstSegment = head.split(",", 2)[0].trim();
    boolean dateFirst = DATE_ONLY.matcher(firstSegment).matches();
    if (!hasAgency && !dateFirst && !isUpperCase(firstSegment)) {
      return Optional.empty();
    }
    if (m.group("dash").equals(":") && !hasAgency && !isUpperCase(firstSegment)) {
      return Optional.empty();
    }
    if (m.end() >= firstLine.length() && lineEnd < 0) {
      return Optional.empty(); // a header with no story after it is just a line of text
    }

    String place = null;
    Span placeSpan = null;
    String dateText = null;
    Span dateSpan = null;
    LocalDate date = null;
    Matcher dm = DATE_ONLY.matcher(head);
    int placeEnd = head.length();
    if (dm.find()) {
      dateText = dm.group();
      dateSpan = new Span(headStart + dm.start(), headStart + dm.end());
      date = resolveDate(dm, publishedYearFrom);
      placeEnd = trimTrailingComma(head, dm.start());
    }
    if (placeEnd > 0) {
      place = head.substring(0, placeEnd).trim();
      int ps = headStart + head.indexOf(place);
      placeSpan = new Span(ps, ps + place.length());
    }
    Span agencySpan = hasAgency ? new Span(m.start("agency"), m.end("agency")) : null;
    return Optional.of(
        new Dateline(
            new Span(m.start("head"), m.end()),
            place,
            placeSpan,
            hasAgency ? agency : null,
            agencySpan,
            dateText,
            dateSpan,
            date));
  }

  private static int trimTrailingComma(String head, int end) {
    int i = end;
    while (i > 0 && (head.charAt(i - 1) == ',' || Character.isWhitespace(head.charAt(i - 1)))) {
      i--;
    }
    return i;
  }

  private static boolean isUpperCase(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letters >= 2;
  }

  private static @Nullable LocalDate resolveDate(Matcher dm, @Nullable LocalDate published) {
    String monthText = dm.group("month").toLowerCase(Locale.ROOT);
    Month month = MONTHS.get(monthText.substring(0, 3));
    int day = Integer.parseInt(dm.group("day"));
    int year;
    if (dm.group("year") != null) {
      year = Integer.parseInt(dm.group("year"));
    } else if (published != null) {
      year = published.getYear();
      // A "Dec 31" header on a story published on Jan 1 belongs to the previous year.
      if (month.getValue() - published.getMonthValue() > 6) {
        year--;
      }
    } else {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // "Feb 30": keep the text, drop the impossible date
    }
  }

  private static Map<String, Month> monthPrefixes() {
    Map<String, Month> m = new java.util.HashMap<>();
    for (Month month : Month.values()) {
      m.put(month.name().substring(0, 3).toLowerCase(Locale.ROOT), month);
    }
    return Map.copyOf(m);
  }
}
