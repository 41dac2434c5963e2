package org.dateline.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.TimeExpression;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Corrects the direction in which underspecified dates were resolved, using the tense of the
 * clause they sit in. SUTime resolves a bare month after the reference date ("since May" in a
 * December story becomes next May) and a bare weekday before it even in future-tense sentences
 * ("will visit on Saturday" becomes last Saturday). News reports the past unless the clause says
 * otherwise, so: a bare month or weekday resolved into the future moves back unless its clause is
 * future; one resolved into the past moves forward when its clause is future. "since X" also gets
 * a range from X to the reference date.
 *
 * <p>Stateless and thread-safe; needs tokens with POS tags, uses dependencies when present.
 */
public final class TimeAnchoring {
  private static final Pattern HAS_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?i)(?:on\\s+|this\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
              + "(?:\\s+(?:night|morning|afternoon|evening))?");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> PAST_AUX =
      Set.of("had", "has", "have", "'d", "'ve", "was", "were", "did");
  private static final Set<String> FUTURE_ADVERBS = Set.of("next", "coming", "upcoming");

  /** Returns the document with its time expressions re-anchored; the input is not changed. */
  public AnnotatedDocument apply(AnnotatedDocument doc) {
    return apply(doc, t -> false);
  }

  /**
   * As {@link #apply(AnnotatedDocument)}, also treating as future every expression for which
   * {@code futureStatus} holds: a clause whose status is future or intended without a future
   * auxiliary ("plans to visit on Saturday"), as the claims stage decides. Applying it to an
   * already anchored document only moves the dates that predicate adds.
   */
  public AnnotatedDocument apply(
      AnnotatedDocument doc, java.util.function.Predicate<TimeExpression> futureStatus) {
    LocalDate ref = doc.article().referenceDate();
    if (ref == null || doc.times().isEmpty()) {
      return doc;
    }
    List<TimeExpression> out = new ArrayList<>(doc.times().size());
    for (TimeExpression t : doc.times()) {
      out.add(reanchor(t, doc, ref, futureStatus.test(t)));
    }
    return new AnnotatedDocument(
        doc.article(), doc.layers(), doc.sentences(), doc.entities(), out, doc.corefChains(),
        doc.quotes());
  }

  private TimeExpression reanchor(
      TimeExpression t, AnnotatedDocument doc, LocalDate ref, boolean futureStatus) {
    if (t.value() == null || t.sentence() >= doc.sentences().size()) {
      return t;
    }
    Sentence s = doc.sentences().get(t.sentence());
    boolean future = futureStatus || isFutureClause(s, t);
    String latest = "DURATION".equals(t.type()) && !future ? Granularity.latestQuarter(t.text(), ref) : null;
    if (latest != null) {
      return new TimeExpression(t.span(), t.text(), t.sentence(), "DATE", latest, null, null);
    }
    if (!"DATE".equals(t.type())) {
      return t;
    }
    String refined =
        Granularity.refine(t.text(), t.value(), ref, future, s.span().of(doc.article().text()));
    if (!refined.equals(t.value())) {
      t = new TimeExpression(t.span(), t.text(), t.sentence(), t.type(), refined, t.rangeBegin(),
          t.rangeEnd());
    }
    if (HAS_YEAR.matcher(t.text()).find()) {
      return t;
    }
    // A bare month or month-day after the reference date is often a scheduled event ("the trial
    // opens Jan. 14"): move it back only on evidence that the clause is past (issue 5).
    boolean past = !future && (isPastClause(s, t) || precededBySince(s, t));
    String value = t.value();
    String shifted = value;
    YearMonth ym = yearMonth(value);
    LocalDate day = day(value);
    // "Sunday night" is 2000-04-23TNI: re-anchor the day, keep the part of day.
    String partOfDay = "";
    if (day == null && value.length() > 10 && value.charAt(10) == 'T') {
      day = day(value.substring(0, 10));
      partOfDay = day == null ? "" : value.substring(10);
    }
    if (ym != null && past && ym.isAfter(YearMonth.from(ref))) {
      while (ym.isAfter(YearMonth.from(ref))) {
        ym = ym.minusYears(1);
      }
      shifted = ym.toString();
    } else if (day != null && WEEKDAY.matcher(t.text().trim()).matches()) {
      DayOfWeek dow = day.getDayOfWeek();
      if (future && day.isBefore(ref)) {
        LocalDate d = ref;
        while (d.getDayOfWeek() != dow) {
          d = d.plusDays(1);
        }
        shifted = d + partOfDay;
      } else if (!future && day.isAfter(ref)) {
        LocalDate d = ref;
        while (d.getDayOfWeek() != dow) {
          d = d.minusDays(1);
        }
        shifted = d + partOfDay;
      }
    } else if (day != null && partOfDay.isEmpty() && past && day.isAfter(ref)
        && isBareMonthDay(t.text())) {
      shifted = day.minusYears(1).toString();
    } else if (past) {
      shifted = pastWeekend(value, ref);
    }
    String begin = t.rangeBegin();
    String end = t.rangeEnd();
    if (precededBySince(s, t)) {
      begin = shifted;
      end = ref.toString();
    }
    if (shifted.equals(value) && begin == t.rangeBegin() && end == t.rangeEnd()) {
      return t;
    }
    return new TimeExpression(t.span(), t.text(), t.sentence(), t.type(), shifted, begin, end);
  }

  private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");

  /**
   * "The weekend" in a past clause is the last one before the reference date; SUTime gives the
   * weekend of the reference date's ISO week, which for a Monday-to-Friday story is still ahead.
   */
  private static String pastWeekend(String value, LocalDate ref) {
    java.util.regex.Matcher m = WEEKEND.matcher(value);
    if (!m.matches()) {
      return value;
    }
    java.time.temporal.WeekFields iso = java.time.temporal.WeekFields.ISO;
    LocalDate saturday = ref.with(iso.weekBasedYear(), Integer.parseInt(m.group(1)))
        .with(iso.weekOfWeekBasedYear(), Integer.parseInt(m.group(2)))
        .with(DayOfWeek.SATURDAY);
    if (!saturday.isAfter(ref)) {
      return value;
    }
    LocalDate before = saturday.minusWeeks(1);
    return String.format(Locale.ROOT, "%d-W%02d-WE",
        before.get(iso.weekBasedYear()), before.get(iso.weekOfWeekBasedYear()));
  }

  private static boolean isBareMonthDay(String text) {
    return text.trim().matches("(?i)[a-z]+\\.?\\s+\\d{1,2}(st|nd|rd|th)?");
  }

  /** Future if the governing verb has a will/shall auxiliary, or "next"/"coming" modifies it. */
  static boolean isFutureClause(Sentence s, TimeExpression t) {
    List<Token> tokens = s.tokens();
    int head = -1;
    for (Token tok : tokens) {
      if (t.span().contains(tok.span())) {
        head = tok.index();
        String w = tok.word().toLowerCase(Locale.ROOT);
        if (FUTURE_ADVERBS.contains(w)) {
          return true;
        }
      }
    }
    if (head < 0) {
      return false;
    }
    if (head > 0 && FUTURE_ADVERBS.contains(tokens.get(head - 1).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    int verb = governingVerb(s, head);
    if (verb >= 0) {
      for (Dependency d : s.dependencies()) {
        if (d.governor() == verb && d.relation().startsWith("aux")) {
          String aux = tokens.get(d.dependent()).word().toLowerCase(Locale.ROOT);
          if (FUTURE_AUX.contains(aux)) {
            return true;
          }
        }
      }
      if (!s.dependencies().isEmpty()) {
        return false;
      }
    }
    // No parse: the nearest verb group in the expression's own clause decides.
    int verbal = nearestVerb(tokens, t);
    return verbal >= 0 && FUTURE_AUX.contains(tokens.get(verbal).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Past if the governing verb is in the past tense or a perfect ("cleared", "had cleared", "has
   * cleared"); without a parse, if the nearest verb in the expression's clause is.
   */
  static boolean isPastClause(Sentence s, TimeExpression t) {
    List<Token> tokens = s.tokens();
    if (!s.dependencies().isEmpty()) {
      int head = -1;
      for (Token tok : tokens) {
        if (t.span().contains(tok.span())) {
          head = tok.index();
        }
      }
      int verb = head < 0 ? -1 : governingVerb(s, head);
      if (verb < 0) {
        return false;
      }
      String pos = tokens.get(verb).pos();
      if (pos.equals("VBD")) {
        return true;
      }
      for (Dependency d : s.dependencies()) {
        if (d.governor() == verb && d.relation().startsWith("aux")) {
          String aux = tokens.get(d.dependent()).word().toLowerCase(Locale.ROOT);
          if (FUTURE_AUX.contains(aux)) {
            return false;
          }
          if (PAST_AUX.contains(aux)) {
            return true;
          }
        }
      }
      return false;
    }
    int verbal = nearestVerb(tokens, t);
    if (verbal < 0) {
      return false;
    }
    String pos = tokens.get(verbal).pos();
    return pos.equals("VBD") || (pos.equals("VBN") && verbal > 0
        && PAST_AUX.contains(tokens.get(verbal - 1).word().toLowerCase(Locale.ROOT)));
  }

  /**
   * The verb or modal nearest to the expression within its clause (bounded by ; : or sentence
   * edges, and by commas on the left), looking left first; the first of a verb group wins so
   * "will visit" gives "will". -1 when there is none.
   */
  private static int nearestVerb(List<Token> tokens, TimeExpression t) {
    int first = -1;
    int last = -1;
    for (Token tok : tokens) {
      if (t.span().contains(tok.span())) {
        if (first < 0) {
          first = tok.index();
        }
        last = tok.index();
      }
    }
    if (first < 0) {
      return -1;
    }
    int found = -1;
    for (int i = first - 1; i >= 0 && !isBoundary(tokens.get(i), true); i--) {
      if (isVerbal(tokens.get(i))) {
        found = i;
      } else if (found >= 0) {
        return found;
      }
    }
    if (found >= 0) {
      return found;
    }
    for (int i = last + 1; i < tokens.size() && !isBoundary(tokens.get(i), false); i++) {
      if (isVerbal(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isVerbal(Token tok) {
    return tok.pos().startsWith("VB") || tok.pos().equals("MD");
  }

  private static boolean isBoundary(Token tok, boolean leftward) {
    String p = tok.pos();
    return p.equals(":") || p.equals(".") || (leftward && p.equals(","));
  }

  private static int governingVerb(Sentence s, int token) {
    int current = token;
    for (int hops = 0; hops < 8 && current >= 0; hops++) {
      if (s.tokens().get(current).pos().startsWith("VB")) {
        return current;
      }
      int parent = -1;
      for (Dependency d : s.dependencies()) {
        if (d.dependent() == current && d.governor() >= 0) {
          parent = d.governor();
          break;
        }
      }
      current = parent;
    }
    return -1;
  }

  private static boolean precededBySince(Sentence s, TimeExpression t) {
    Token previous = null;
    for (Token tok : s.tokens()) {
      if (tok.span().start() >= t.span().start()) {
        break;
      }
      previous = tok;
    }
    return previous != null && previous.word().equalsIgnoreCase("since");
  }

  private static @Nullable YearMonth yearMonth(String value) {
    if (value.length() != 7) {
      return null;
    }
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable LocalDate day(String value) {
    if (value.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
