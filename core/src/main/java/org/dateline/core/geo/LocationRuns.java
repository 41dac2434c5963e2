package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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

  /** Words of buildings, sites and routes: a name holding one is the feature's, whole. */
  private static final Set<String> FEATURE_WORDS = Set.of("centre", "center", "estate",
      "hospital", "library", "clinic", "church", "cathedral", "hall", "motel", "hotel", "school",
      "academy", "institute", "cemetery", "turnpike", "highway", "trail", "oval", "galleria",
      "arena", "stadium", "mound", "airport", "station", "bridge", "tower", "house", "court",
      "plaza", "mall", "market", "square", "park", "street", "road", "avenue", "lake", "river",
      "bay", "gulf", "sea", "island", "islands", "mountain", "mountains", "valley", "canal",
      "port", "harbor", "harbour", "castle", "palace", "prison", "jail", "base", "village",
      "colony", "township", "twp.", "county", "parish", "district", "perimeter");

  /** "north west", "South": compass words, a region's name only when written alone. */
  private static final Pattern COMPASS = Pattern.compile(
      "(?i)(?:north|south|east|west|central|northern|southern|eastern|western)"
          + "(?:[\\s-]+(?:north|south|east|west|central))*");

  /** Smallest town opening a longer name the gazetteer lacks ("Portland Trail Blazers"). */
  private static final long MIN_POPULATION_NAMESAKE_HEAD = 100_000;

  /**
   * The places a run the gazetteer does not know is named after: a country, state or province, or
   * a city opening it ("Karnataka Assembly", "Portland Trail Blazers", "Maiduguri Borno State"),
   * and a country, state or province closing it ("Air Zimbabwe", "Connecting California"). The
   * run itself when it names a feature ("Lake Ontario", "Gulf of Alaska", "Delaware Bay", "Manila
   * Cathedral": {@link ContainedName} reads those) or holds no such place.
   */
  static List<int[]> namedAfter(Gazetteer gazetteer, Sentence s, int[] run, String text) {
    List<Token> toks = s.tokens();
    String whole = text(toks, run[0], run[1], text);
    if (!gazetteer.lookup(whole).isEmpty() || ContainedName.find(whole, gazetteer) != null) {
      return List.of(run);
    }
    for (int k = run[0]; k < run[1]; k++) {
      if (FEATURE_WORDS.contains(lower(toks.get(k)))) {
        return List.of(run); // "Dubai World Trade Centre", "South Kilburn Estate"
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int k = run[1] - 1; k > run[0]; k--) {
      if (!GEO_AFTER.contains(lower(toks.get(k)))
          && known(gazetteer, text(toks, run[0], k, text), true)) {
        out.add(new int[] {run[0], k});
        break;
      }
    }
    int headEnd = out.isEmpty() ? run[0] : out.get(0)[1];
    for (int k = Math.max(run[0] + 1, headEnd); k < run[1]; k++) {
      String before = lower(toks.get(k - 1));
      if (!GEO_BEFORE.contains(before) && !before.equals("of")
          && known(gazetteer, text(toks, k, run[1], text), false)) {
        out.add(new int[] {k, run[1]});
        break;
      }
    }
    return out.isEmpty() ? List.of(run) : out;
  }

  /** A country, state or province by its own name, or (with {@code cities}) a big city. */
  private static boolean known(Gazetteer gazetteer, String name, boolean cities) {
    if (MentionFinder.GENERIC.contains(NameNormalizer.normalize(name))
        || COMPASS.matcher(name).matches()) {
      return false; // "South" is a Cameroonian region, "South Kilburn Estate" is not in it
    }
    String key = NameNormalizer.key(name);
    return gazetteer.lookup(name).stream().anyMatch(c -> {
      GeoEntry e = c.entry();
      boolean own = c.ownName(key);
      return switch (e.level()) {
        case COUNTRY -> c.primaryName();
        case ADMIN1 -> own;
        case POPULATED_PLACE -> cities && own && e.population() >= MIN_POPULATION_NAMESAKE_HEAD;
        case ADMIN2, OTHER -> false;
      };
    });
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
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

  static boolean properNoun(Token t) {
    return t.pos().startsWith("NNP") && !t.word().isEmpty()
        && Character.isUpperCase(t.word().charAt(0));
  }
}
