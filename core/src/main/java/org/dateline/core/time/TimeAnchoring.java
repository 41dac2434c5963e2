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
          "(?i)(?:on\\s+|this\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
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
    if (!"DATE".equals(t.type()) || t.value() == null || HAS_YEAR.matcher(t.text()).find()) {
      return t;
    }
    if (t.sentence() >= doc.sentences().size()) {
      return t;
    }
    Sentence s = doc.sentences().get(t.sentence());
    boolean future = futureStatus || isFutureClause(s, t);
    String value = t.value();
    String shifted = value;
    YearMonth ym = yearMonth(value);
    LocalDate day = day(value);
    if (ym != null && !future && ym.isAfter(YearMonth.from(ref))) {
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
        shifted = d.toString();
      } else if (!future && day.isAfter(ref)) {
        LocalDate d = ref;
        while (d.getDayOfWeek() != dow) {
          d = d.minusDays(1);
        }
        shifted = d.toString();
      }
    } else if (day != null && !future && day.isAfter(ref) && isBareMonthDay(t.text())) {
      shifted = day.minusYears(1).toString();
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
    // No parse: any future auxiliary in the sentence before a past-tense verb.
    for (Token tok : tokens) {
      String w = tok.word().toLowerCase(Locale.ROOT);
      if (tok.pos().equals("MD") && FUTURE_AUX.contains(w)) {
        return true;
      }
    }
    return false;
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
