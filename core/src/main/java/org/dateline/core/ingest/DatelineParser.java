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
 * name or a date, so an ordinary first sentence with a dash is never mistaken for a dateline, and a
 * section label ({@code "UPDATE:"}) is no place. Wire copy often puts the byline first ({@code "By
 * JILL COLVIN, Associated Press WASHINGTON (AP) —"}, or the byline on lines of its own): after a
 * byline the header must carry an agency and start with a place in capitals, because a byline
 * runs into it with no punctuation to tell where the names end. A line carrying a photo credit is
 * a caption, whose "NAME:" is no dateline. Stateless and thread-safe.
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
  /**
   * A header inside a byline line: the agency is required and the first place segment must be in
   * capitals; the look-behind keeps a match from starting inside a word.
   */
  private static final Pattern AFTER_BYLINE =
      Pattern.compile(
          "(?<![\\p{L}'’.\\-])(?<head>"
              + SEGMENT
              + "(?:,\\s*"
              + SEGMENT
              + "){0,3})"
              + "\\s*\\((?<agency>[\\p{Lu}][\\p{L}\\d .&'/-]{0,40})\\)"
              + "[ \\t]*(?<dash>--|[-–—:])[ \\t]*");
  private static final Pattern BYLINE = Pattern.compile("\\A[ \\t]*(?:By|BY)\\s+\\p{Lu}");
  /** How far into a byline line its header may start, and how many byline lines may precede it. */
  private static final int BYLINE_CHARS = 200;
  private static final int MAX_BYLINE_LINES = 2;
  /** Upper-case section labels that open a line like a header but name no place. */
  private static final java.util.Set<String> LABELS = java.util.Set.of("TITLE", "UPDATE",
      "UPDATED", "BREAKING", "BREAKING NEWS", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION",
      "CLARIFICATION", "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENTARY", "WATCH", "VIDEO",
      "PHOTOS", "LIVE", "SUMMARY", "LINK", "SOURCE", "NOTE", "FILE", "UPDATES", "ALERT", "URGENT");
  /** Upper-case topic words that end a headline's lead-in, never a place name. */
  private static final java.util.Set<String> TOPICS = java.util.Set.of("ALERT", "ALERTS",
      "WATCH", "WARNING", "WARNINGS", "TORNADO", "STORM", "FLOOD", "FLOODS", "FLOODING", "FIRE",
      "WILDFIRE", "QUAKE", "EARTHQUAKE", "SHOOTING", "VIOLENCE", "CRASH", "ATTACK", "MURDER",
      "OUTBREAK", "ELECTION", "ELECTIONS", "VOTE", "POLL", "PROTEST", "PROTESTS", "NEWS", "UPDATE",
      "WEATHER", "TRAFFIC", "CRIME", "POLICE", "SPORTS", "ART", "ARTS", "BUSINESS", "POLITICS",
      "HEALTH", "WX");
  /**
   * A photo credit later on the header's line ("Picture: Jonathan Carroll."): the line is a
   * caption and its "NAME:" opening names the photo's subject or photographer, not a place.
   */
  private static final Pattern CREDIT = Pattern.compile(
      "\\b(?:Picture|Pictures|Photo|Photos|Photograph|Image|Credit)\\s*[:/]"
          + "|\\b(?:Photo|Picture) by\\b");
  private static final Pattern DATE_ONLY =
      Pattern.compile("(?<month>" + MONTH + ")\\.?\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?");
  private static final Map<String, Month> MONTHS = monthPrefixes();

  /**
   * Parses the header at the start of {@code text}, if there is one.
   *
   * @param publishedYearFrom the publication date, used for the year of a header date without one
   */
  public Optional<Dateline> parse(String text, @Nullable LocalDate publishedYearFrom) {
    int lineStart = 0;
    for (int bylines = 0; bylines <= MAX_BYLINE_LINES; bylines++) {
      int lineEnd = text.indexOf('\n', lineStart);
      int end = lineEnd < 0 ? text.length() : lineEnd;
      if (!BYLINE.matcher(text).region(lineStart, end).find()) {
        Matcher m = HEADER.matcher(text).region(lineStart, end);
        return m.find() && credible(m, false, end, lineEnd < 0)
                && !CREDIT.matcher(text).region(m.end(), end).find()
            ? Optional.of(dateline(m, publishedYearFrom))
            : Optional.empty();
      }
      int limit = Math.min(end, lineStart + BYLINE_CHARS);
      for (int from = lineStart; from < limit; ) {
        // Transparent bounds: the look-behind sees the text before a restarted search.
        Matcher b = AFTER_BYLINE.matcher(text).region(from, end).useTransparentBounds(true);
        if (!b.find() || b.start() >= limit) {
          break;
        }
        if (credible(b, true, end, lineEnd < 0)) {
          return Optional.of(dateline(b, publishedYearFrom));
        }
        from = b.start() + 1;
      }
      if (lineEnd < 0) {
        return Optional.empty();
      }
      // A byline on lines of its own: the header may follow, after blank lines too.
      lineStart = lineEnd + 1;
      while (lineStart < text.length() && Character.isWhitespace(text.charAt(lineStart))) {
        lineStart++;
      }
    }
    return Optional.empty();
  }

  /** Whether a header match is a dateline rather than a label, a byline or a dash in prose. */
  private static boolean credible(Matcher m, boolean afterByline, int lineEnd, boolean lastLine) {
    String head = m.group("head");
    boolean hasAgency = m.group("agency") != null;
    // Without an agency a header is only credible in capitals ("WASHINGTON —") or as a date.
    String firstSegment = head.split(",", 2)[0].trim();
    boolean dateFirst = DATE_ONLY.matcher(firstSegment).matches();
    if (LABELS.contains(firstSegment)) {
      return false;
    }
    if (!hasAgency && !dateFirst && headline(firstSegment)) {
      return false;
    }
    if (!hasAgency && !dateFirst && !isUpperCase(firstSegment)) {
      return false;
    }
    if (m.group("dash").equals(":") && !hasAgency && !isUpperCase(firstSegment)) {
      return false;
    }
    if (afterByline && !(isUpperCase(firstSegment) && bylineFree(head))) {
      return false;
    }
    // A header with no story after it is just a line of text.
    return !(m.end() >= lineEnd && lastLine);
  }

  /**
   * A headline's lead-in rather than a place: an acronym of an organisation ("UN:", "CDC:",
   * "PIA-13:"), a retweet ("RT AFP:") or a place followed by its topic ("ALFRETON TORNADO:",
   * "CHICAGO VIOLENCE -"). Only asked of headers without an agency.
   */
  private static boolean headline(String segment) {
    String[] words = segment.split("\\s+");
    int letters = 0;
    for (int i = 0; i < segment.length(); i++) {
      letters += Character.isLetter(segment.charAt(i)) ? 1 : 0;
    }
    return (words.length == 1 && letters <= 3)
        || words[0].equals("RT")
        || TOPICS.contains(words[words.length - 1].replaceAll("[^\\p{L}]", ""));
  }

  /**
   * False when a later segment has a capitalised word before a word in capitals ("GILLIAN WONG,
   * Associated Press WASHINGTON"): that is the end of a byline running into the place.
   */
  private static boolean bylineFree(String head) {
    String[] segments = head.split(",");
    for (int s = 1; s < segments.length; s++) {
      boolean mixedSeen = false;
      for (String w : segments[s].trim().split("\\s+")) {
        if (isUpperCase(w)) {
          if (mixedSeen) {
            return false;
          }
        } else {
          mixedSeen = true;
        }
      }
    }
    return true;
  }

  private static Dateline dateline(Matcher m, @Nullable LocalDate publishedYearFrom) {
    String head = m.group("head");
    int headStart = m.start("head");
    String agency = m.group("agency");
    boolean hasAgency = agency != null;
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
    return new Dateline(
            new Span(m.start("head"), m.end()),
            place,
            placeSpan,
            hasAgency ? agency : null,
            agencySpan,
            dateText,
            dateSpan,
            date);
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
