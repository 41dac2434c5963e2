package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.dateline.core.nlp.rules.RuleTriggers;

/**
 * The {@code lite} profile's CoreNLP NER: the same annotator and settings (no CRF; SUTime and the
 * numeric classifiers; the fine-grained gazetteer follows in {@link GazetteerAnnotator}), but the per-sentence
 * number and time rules run only on sentences holding a token they could start from: a digit, a
 * number or ordinal word, a month, weekday, season, holiday, time unit or a relative time word
 * ("ago", "yesterday", "recently"). Those rules were most of the lite pipeline's cost (issue 8,
 * docs/speed.md) and find nothing in the other sentences, which get the background label as
 * CoreNLP gives a sentence it could not classify. In the sentences they run on, they see only
 * the stretches around such tokens ({@link RuleWindows}): SUTime's cost grows with the length
 * of what it is given; and of its rules, only those whose words the window holds run
 * ({@link RuleTriggers}). The gazetteer still sees every sentence.
 */
public final class GatedNerAnnotator extends NERCombinerAnnotator {
  /** The name CoreNLP knows it by in an annotator list. */
  static final String NAME = "dlner";

  private long classified;
  private long skipped;
  private long windowTokens;
  private long sentenceTokens;
  private final RuleTriggers triggers;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.dlner}; reads {@code ner.*}. */
  public GatedNerAnnotator(String name, Properties props) throws IOException {
    super(props);
    triggers = RuleTriggers.install(this);
  }

  @Override
  public void doOneSentence(Annotation annotation, CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (!mayHoldTimeOrNumber(tokens)) {
      skipped++;
      background(tokens, 0, tokens.size());
      return;
    }
    classified++;
    List<int[]> windows = RuleWindows.of(tokens, RuleWindows.REACH);
    if (windows.size() == 1 && windows.get(0)[0] == 0 && windows.get(0)[1] == tokens.size()) {
      super.doOneSentence(annotation, sentence);
      return;
    }
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> parts = new ArrayList<>(windows.size());
    for (int[] w : windows) {
      CoreMap part = RuleWindows.sentence(text, sentence, w[0], w[1]);
      if (part == null) {
        super.doOneSentence(annotation, sentence);
        return;
      }
      parts.add(part);
    }
    int done = 0;
    for (int i = 0; i < parts.size(); i++) {
      background(tokens, done, windows.get(i)[0]);
      super.doOneSentence(annotation, parts.get(i));
      done = windows.get(i)[1];
      windowTokens += done - windows.get(i)[0];
    }
    background(tokens, done, tokens.size());
    sentenceTokens += tokens.size();
  }

  /** The label CoreNLP gives a token its rules found nothing in, as the classifier sets it. */
  private static void background(List<CoreLabel> tokens, int from, int to) {
    for (CoreLabel token : tokens.subList(from, to)) {
      if (token.ner() == null) {
        token.setNER("O");
        // As the classifier sets it, so the mention builder reads the same coarse label.
        token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, "O");
      }
    }
  }

  /**
   * Sentences the number and time rules ran on, sentences they skipped, and, of the sentences
   * they ran on in windows, the tokens in those windows and all their tokens, so far.
   */
  long[] counts() {
    return new long[] {classified, skipped, windowTokens, sentenceTokens};
  }

  /** The checks in front of SUTime's rules; null when they could not be installed. */
  RuleTriggers triggers() {
    return triggers;
  }

  /** True when a token could begin a number, amount, date, time, duration or set. */
  static boolean mayHoldTimeOrNumber(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      // Any cardinal ("World War II" is a NUMBER); SUTime's "at the time" is a DATE (PAST_REF).
      if (isCue(t) || "CD".equals(t.tag()) || atTheTime(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean atTheTime(List<CoreLabel> tokens, int i) {
    return i >= 2
        && tokens.get(i).word().equalsIgnoreCase("time")
        && tokens.get(i - 1).word().equalsIgnoreCase("the")
        && tokens.get(i - 2).word().equalsIgnoreCase("at");
  }

  /** True when this token could begin a number, amount, date, time, duration or set. */
  static boolean isCue(CoreLabel t) {
    String w = t.word();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c) || c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
        return true;
      }
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (CUES.contains(lower) || CUES.contains(stripPlural(lower))) {
      return true;
    }
    // SUTime reads month names in the plural too ("Mays"), here only as a name, not the verb.
    if ((w.equals("May") || w.equals("Mays")) && t.tag() != null && t.tag().startsWith("NNP")) {
      return true;
    }
    String lemma = t.lemma();
    return lemma != null && CUES.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private static String stripPlural(String w) {
    return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * Words the number and time rules can start from. Broad on purpose: a word here that starts
   * nothing only costs a classified sentence, a word missing loses a date.
   */
  private static final Set<String> CUES =
      Set.of(
          // numbers, ordinals, amounts
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
          "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen",
          "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth", "eleventh", "twelfth", "twentieth", "hundredth", "half", "quarter", "once",
          "twice", "percent", "dollar", "cent", "euro", "pound", "yen", "yuan", "rupee",
          "peso", "franc", "dinar", "riyal", "rouble", "ruble", "naira", "shilling",
          // calendar ("may" only as a name, below)
          "january", "february", "march", "april", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
          "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "ramadan", "eid",
          "thanksgiving", "halloween", "hanukkah", "passover",
          // units and parts of the day
          "minute", "hour", "day", "night", "week", "weekend", "weekday", "fortnight", "month",
          "year", "decade", "century", "millennium", "season", "morning", "afternoon", "evening",
          "noon", "midnight", "midday", "dawn", "dusk", "daylight", "overnight", "tonight", "today",
          "tomorrow", "yesterday", "daily", "weekly", "monthly", "quarterly", "yearly", "annual",
          "annually", "hourly", "nightly", "a.m.", "p.m.", "o'clock", "gmt", "utc",
          // relative times
          // Not "later", "recent", "soon", "former", "pct": SUTime reads the first two only next to
          // a time word or unit that is a cue itself ("two days later", "recent weeks"), the
          // others in no rule, and "pct" follows a number; on 300 news articles they opened
          // sentences where nothing fired (docs/speed.md, fifth round).
          "ago", "now", "current", "currently", "recently", "lately", "present", "presently",
          "past", "future", "formerly", "previously", "earlier", "meanwhile", "nowadays");
}
