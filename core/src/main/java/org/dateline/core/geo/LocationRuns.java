package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/** The token runs {@link MentionFinder} reads as candidate toponyms, from a sentence's NER tags. */
final class LocationRuns {
  private static final Set<String> LOCATION_TAGS =
      Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
  private static final Set<String> GEO_AFTER = Set.of("st.", "street", "road", "rd.", "avenue",
      "ave.", "drive", "boulevard", "blvd.", "lake", "river", "county", "parish", "township",
      "valley", "creek", "mountain", "mountains", "island", "islands", "bay", "park", "heights",
      "beach", "falls", "springs", "hills", "province", "governorate", "district", "prairie");
  private static final Set<String> GEO_BEFORE = Set.of("lake", "mount", "mt.", "fort", "ft.",
      "port", "cape", "saint", "st.", "san", "santa", "new", "upper", "lower", "greater");
  private static final Set<String> UNIT_WORDS =
      Set.of("county", "parish", "township", "province", "governorate");

  private LocationRuns() {}

  /**
   * Runs of location-tagged tokens (CoreNLP splits "Dublin Road" into CITY + LOCATION), widened
   * by a capitalised geographic word before or after ("Lake Vermont", "Douglas County", "Memphis
   * St."), plus proper-noun runs before County/Parish/Township whatever their tag.
   */
  static List<int[]> of(Sentence s) {
    List<Token> toks = s.tokens();
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      boolean loc = LOCATION_TAGS.contains(toks.get(i).ner());
      boolean unitAhead = !loc && properNoun(toks.get(i)) && unitWordAfterRun(toks, i) > 0;
      if (!loc && !unitAhead) {
        i++;
        continue;
      }
      int start = i;
      int end = i;
      if (unitAhead) {
        end = unitWordAfterRun(toks, i);
      } else {
        while (end < toks.size() && LOCATION_TAGS.contains(toks.get(end).ner())) {
          end++;
        }
        if (end < toks.size() && properNoun(toks.get(end))
            && GEO_AFTER.contains(toks.get(end).word().toLowerCase(Locale.ROOT))) {
          end++;
        }
      }
      if (start > 0 && properNoun(toks.get(start - 1))
          && GEO_BEFORE.contains(toks.get(start - 1).word().toLowerCase(Locale.ROOT))) {
        start--;
      }
      runs.add(new int[] {start, end});
      i = end;
    }
    return runs;
  }

  /**
   * "Henderson County Jail", "Rapides Parish School Board": a run the gazetteer does not know that
   * opens with a county or parish names that unit; keep just the unit.
   */
  static Span unitPrefix(Gazetteer gazetteer, Sentence s, int[] run, String text, Span span) {
    if (!gazetteer.lookup(text.substring(span.start(), span.end())).isEmpty()) {
      return span;
    }
    for (int k = run[0] + 1; k < run[1] - 1; k++) {
      Token t = s.tokens().get(k);
      if (UNIT_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) && t.span().start() > span.start()
          && t.span().end() < span.end()) {
        return new Span(span.start(), t.span().end());
      }
    }
    return span;
  }

  /**
   * "Air Zimbabwe" tagged LOCATION + COUNTRY: a run the gazetteer does not know whose tail, under
   * a tag of its own, is a country or a state or province; keep the tail (the longest such). Not
   * when the run names a feature ("Lake Ontario", "Gulf of Alaska", "Delaware Bay").
   */
  static int[] unitTail(Gazetteer gazetteer, Sentence s, int[] run, String text) {
    List<Token> toks = s.tokens();
    if (!gazetteer.lookup(text(toks, run[0], run[1], text)).isEmpty()) {
      return run;
    }
    for (int k = run[0] + 1; k < run[1]; k++) {
      String tag = toks.get(k).ner();
      String before = toks.get(k - 1).word().toLowerCase(Locale.ROOT);
      if (LOCATION_TAGS.contains(tag) && !tag.equals(toks.get(k - 1).ner())
          && !GEO_BEFORE.contains(before) && !before.equals("of")
          && !GEO_AFTER.contains(toks.get(run[1] - 1).word().toLowerCase(Locale.ROOT))
          && gazetteer.lookup(text(toks, k, run[1], text)).stream().anyMatch(c -> c.primaryName()
              && (c.entry().level() == GeoEntry.Level.COUNTRY
                  || c.entry().level() == GeoEntry.Level.ADMIN1))) {
        return new int[] {k, run[1]};
      }
    }
    return run;
  }

  private static String text(List<Token> toks, int from, int to, String text) {
    return text.substring(toks.get(from).span().start(), toks.get(to - 1).span().end());
  }

  /** End (exclusive) of "Henderson County" when a 1-3 token proper run at i ends in a unit word. */
  private static int unitWordAfterRun(List<Token> toks, int i) {
    for (int j = i; j < Math.min(toks.size(), i + 3) && properNoun(toks.get(j)); j++) {
      if (j + 1 < toks.size()
          && UNIT_WORDS.contains(toks.get(j + 1).word().toLowerCase(Locale.ROOT))
          && !UNIT_WORDS.contains(toks.get(j).word().toLowerCase(Locale.ROOT))) {
        return j + 2;
      }
    }
    return -1;
  }

  private static boolean properNoun(Token t) {
    return t.pos().startsWith("NNP") && !t.word().isEmpty()
        && Character.isUpperCase(t.word().charAt(0));
  }
}
