package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Dateline;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * Toponym recognition: the dateline's place, CoreNLP location entities (demonyms and names inside
 * organisations left out; a run the gazetteer lacks read for the place it is named after), and
 * proper-noun sequences the NER missed that name a country, a first-level unit or a sizeable town;
 * names written with punctuation ({@link JoinedNames}); then a name found as a place wherever else
 * it stands alone ({@link RepeatedNames}). Adds the local cues: level words ("the city of",
 * "province") and relative phrases ("30 km south of"); {@link PlaceLists} then links containment
 * ("Ramadi, Anbar") and lists. Thread-safe.
 */
final class MentionFinder {
  private static final Map<String, Double> DIRECTIONS = Map.ofEntries(
      Map.entry("north", 0.0), Map.entry("northeast", 45.0), Map.entry("east", 90.0),
      Map.entry("southeast", 135.0), Map.entry("south", 180.0), Map.entry("southwest", 225.0),
      Map.entry("west", 270.0), Map.entry("northwest", 315.0));
  /** "(30 km|miles) (south-west|southwest|north) of " immediately before a mention. */
  private static final Pattern RELATIVE = Pattern.compile(
      "(?i)(?:(\\d+(?:\\.\\d+)?)\\s*(km|kms|kilometers|kilometres|miles|mi|mile)\\s+)?"
          + "(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
          + "\\s+of\\s+(?:the\\s+(?:city|town|village)\\s+of\\s+)?$");
  private static final Pattern CITY_CUE = Pattern.compile(
      "(?i)(?:city|town|village|suburb|town called|village called|city called) of\\s+$"
          + "|(?:town|village|city) called\\s+$");
  private static final Pattern UNIT_BEFORE = Pattern.compile(
      "(?i)(?:province|governorate|state|county|region|district) of\\s+$");
  private static final Pattern UNIT_AFTER = Pattern.compile(
      "(?i)^\\s+(?:province|governorate|state|county|region|district|parish)\\b");
  /** "DPRK", "U.S.A.": a name in capitals. */
  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){3,}");
  /**
   * "Mississippi State", "Arizona State University": a capitalised "State" after a US state's
   * name makes a university or its team, not the state marked as a unit ("Washington state").
   * Nigeria's states are named so ("Borno State").
   */
  private static final Pattern SCHOOL_STATE = Pattern.compile("^\\s+State\\b");
  /** Words the NER sometimes tags as a location on their own but that name no place. */
  static final Set<String> GENERIC = Set.of("west", "east", "north", "south", "central",
      "western", "eastern", "northern", "southern", "university", "street", "federal",
      "continental", "metro", "downtown", "city", "county", "state", "capitol", "city hall",
      "uptown", "midtown", "northeast", "northwest", "southeast", "southwest", "centre", "center");
  /**
   * A school's name: a town opening it is more often a founder ("Chapman University", "Lipscomb
   * University", "Robinson College") than the school's town, unless the town is a large one.
   */
  private static final Pattern ACADEMIC = Pattern.compile("(?i)\\b(?:university|college)\\b");
  private static final long MIN_POPULATION_SCHOOL_TOWN = 50_000;
  private static final Pattern COMPASS_PREFIX = Pattern.compile(
      "(?i)(?:north|south|east|west|northeast|northwest|southeast|southwest|central|northern"
          + "|southern|eastern|western|downtown|greater|metro|rural|upstate|downstate)[\\s-]+");
  /** "R-Elbow Lake", "DFL-Minneapolis": party affiliation before a hometown. */
  private static final Pattern PARTY_PREFIX = Pattern.compile("[A-Z]{1,3}-(?=[A-Z])");

  /** Smallest population for a place the NER missed to count as a toponym. */
  private static final long MIN_POPULATION_UNTAGGED = 20_000;
  /** One capitalised word is often a surname or a common noun ("Green", "Mobile"): bigger towns only. */
  private static final long MIN_POPULATION_UNTAGGED_WORD = 200_000;

  private final Gazetteer gazetteer;
  private final JoinedNames joined;

  MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.joined = new JoinedNames(gazetteer, this);
  }

  List<Mention> find(AnnotatedDocument doc) {
    String text = doc.article().text();
    List<Mention> out = new ArrayList<>();
    Dateline dl = doc.article().dateline();
    if (dl != null && dl.place() != null && dl.placeSpan() != null) {
      int at = dl.placeSpan().start();
      for (String part : dl.place().split(",")) {
        int off = text.indexOf(part.strip(), at);
        String name = part.strip();
        if (!name.isEmpty() && off >= 0) {
          Span s = new Span(off, off + name.length());
          out.add(mention(text, s, name, Place.Source.DATELINE, -1, -1));
          at = s.end();
        }
      }
    }
    for (Sentence s : doc.sentences()) {
      for (int[] run : LocationRuns.of(s)) {
        for (int[] part : LocationRuns.namedAfter(gazetteer, s, run, text)) {
          addTagged(s, withDemonymBefore(s, part, text), text, out);
        }
      }
    }
    for (Sentence s : doc.sentences()) {
      findUntagged(doc, s, text, out);
      findHashtags(s, text, out);
      joined.findInHyphenated(s, text, out);
    }
    for (EntityMention e : doc.entities()) {
      if (e.kind() == EntityKind.ORGANIZATION) {
        contextInside(doc, e, text, out);
      }
    }
    for (RepeatedNames.Occurrence o : RepeatedNames.find(doc, out)) {
      out.add(mention(text, o.span(), o.name(), Place.Source.REPEATED, o.sentence(),
          o.firstToken()));
    }
    out.sort(Comparator.comparing(Mention::span));
    return PlaceLists.link(text, ContainedName.confirm(joined.withCommaNames(text, out)));
  }

  /** The mention of a run of location-tagged tokens, unless it names no place. */
  private void addTagged(Sentence s, int[] run, String text, List<Mention> out) {
    Span span = new Span(s.tokens().get(run[0]).span().start(),
        s.tokens().get(run[1] - 1).span().end());
    Matcher party = PARTY_PREFIX.matcher(text.substring(span.start(), span.end()));
    if (party.lookingAt()) {
      span = new Span(span.start() + party.end(), span.end()); // "R-Elbow Lake"
    }
    span = trimmed(text, span);
    span = LocationRuns.unitPrefix(gazetteer, s, run, text, span);
    String name = text.substring(span.start(), span.end());
    if (overlapsAny(out, span) || gazetteer.isDemonym(name)
        || GENERIC.contains(NameNormalizer.normalize(name))
        || BareAbbreviation.isWord(gazetteer, text, span)) {
      return;
    }
    out.add(mention(text, span, name, Place.Source.NER, s.index(), run[0]));
  }

  /** "Indian Ocean", "Korean Peninsula": one name, though CoreNLP tags "Indian" NATIONALITY. */
  private int[] withDemonymBefore(Sentence s, int[] run, String text) {
    if (run[0] == 0 || !s.tokens().get(run[0] - 1).ner().equals("NATIONALITY")) {
      return run;
    }
    String wider = text.substring(s.tokens().get(run[0] - 1).span().start(),
        s.tokens().get(run[1] - 1).span().end());
    boolean known = gazetteer.lookup(wider).stream().anyMatch(Gazetteer.Candidate::primaryName);
    return known ? new int[] {run[0] - 1, run[1]} : run;
  }

  /**
   * "Northeast Georgia" or "north west London" → "Georgia", "London" when only the latter is a
   * known place; "W.Va" → "W.Va." when the tokenizer left an abbreviation's final period to the
   * sentence.
   */
  private Span trimmed(String text, Span span) {
    String name = text.substring(span.start(), span.end());
    if (gazetteer.lookup(name).isEmpty()) {
      // One prefix word at a time, so "South Central District" stops at "Central District".
      int cut = 0;
      Matcher m = COMPASS_PREFIX.matcher(name);
      while (m.region(cut, name.length()).lookingAt() && m.end() < name.length()) {
        cut = m.end();
        if (!gazetteer.lookup(name.substring(cut)).isEmpty()) {
          span = new Span(span.start() + cut, span.end());
          name = text.substring(span.start(), span.end());
          break;
        }
      }
    }
    boolean abbreviation = name.matches("(?:\\p{Lu}\\p{Ll}{0,3}\\.\\s?)+\\p{Lu}\\p{Ll}{0,3}")
        || (name.length() <= 6 && gazetteer.lookup(name).stream()
            .anyMatch(c -> !c.primaryName() && c.entry().level() == GeoEntry.Level.ADMIN1));
    if (span.end() < text.length() && text.charAt(span.end()) == '.' && abbreviation) {
      span = new Span(span.start(), span.end() + 1);
    }
    return span;
  }

  /**
   * Countries and first-level units named inside an organisation's name, and towns opening it
   * ("Athens Police Department").
   */
  private void contextInside(AnnotatedDocument doc, EntityMention e, String text,
      List<Mention> out) {
    List<Token> toks = doc.sentences().get(e.sentence()).tokens();
    long minTown = ACADEMIC.matcher(e.text()).find() ? MIN_POPULATION_SCHOOL_TOWN : 1000;
    for (int i = e.firstToken(); i < e.endToken(); i++) {
      for (int end = Math.min(e.endToken(), i + 3); end > i; end--) {
        Span span = new Span(toks.get(i).span().start(), toks.get(end - 1).span().end());
        String name = text.substring(span.start(), span.end());
        if (overlapsAny(out, span)) {
          continue;
        }
        String key = NameNormalizer.key(name);
        if (GENERIC.contains(NameNormalizer.normalize(name)) || gazetteer.isDemonym(name)) {
          continue; // "University of Rochester", "Canadian Press": no town University or Canadian
        }
        boolean atStart = i == e.firstToken();
        boolean unit = gazetteer.lookup(name).stream().anyMatch(c -> {
          GeoEntry.Level level = c.entry().level();
          boolean exact = c.ownName(key);
          return switch (level) {
            case COUNTRY -> true; // country aliases are curated ("U.S.", "Britain")
            case ADMIN1 -> exact;
            // "Athens Police Department", "Dublin City Council": a town opening the name
            case POPULATED_PLACE -> exact && atStart && c.entry().population() >= minTown;
            // "European Union", "Niger Delta Development Commission": a region opening the name
            case OTHER -> exact && atStart && c.entry().region() && c.entry().geonameId() == 0;
            case ADMIN2 -> false;
          };
        });
        if (unit) {
          out.add(mention(text, span, name, Place.Source.ORGANISATION_NAME, e.sentence(), i));
          i = end - 1;
          break;
        }
      }
    }
  }

  private void findUntagged(AnnotatedDocument doc, Sentence s, String text, List<Mention> out) {
    List<Token> toks = s.tokens();
    int i = 0;
    while (i < toks.size()) {
      int matchedEnd = -1;
      for (int end = Math.min(toks.size(), i + 4); end > i; end--) {
        if (!properRun(toks, i, end)) {
          continue;
        }
        Span span = new Span(toks.get(i).span().start(), toks.get(end - 1).span().end());
        if (overlapsAny(out, span) || overlapsEntity(doc, span)) {
          continue;
        }
        String name = text.substring(span.start(), span.end());
        if (gazetteer.isDemonym(name) || (i == 0 && end - i == 1)
            || GENERIC.contains(NameNormalizer.normalize(name))) {
          continue;
        }
        if (plausibleUntagged(name, end - i)) {
          out.add(mention(text, span, name, Place.Source.GAZETTEER, s.index(), i));
          matchedEnd = end;
          break;
        }
      }
      i = matchedEnd > 0 ? matchedEnd : i + 1;
    }
  }

  /** "#Syria", "#Ferguson": a hashtag that is a place name, the name without its mark. */
  private void findHashtags(Sentence s, String text, List<Mention> out) {
    for (Token t : s.tokens()) {
      String w = t.word();
      if (w.length() < 4 || w.charAt(0) != '#' || !Character.isUpperCase(w.charAt(1))) {
        continue;
      }
      Span span = new Span(t.span().start() + 1, t.span().end());
      String name = text.substring(span.start(), span.end());
      if (!name.equals(w.substring(1)) || overlapsAny(out, span) || gazetteer.isDemonym(name)
          || GENERIC.contains(NameNormalizer.normalize(name))) {
        continue;
      }
      if (plausibleUntagged(name, 2)) {
        out.add(mention(text, span, name, Place.Source.GAZETTEER, s.index(), t.index()));
      }
    }
  }

  private static boolean properRun(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!LocationRuns.properNoun(toks.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean plausibleUntagged(String name, int tokens) {
    long minPopulation = tokens == 1 ? MIN_POPULATION_UNTAGGED_WORD : MIN_POPULATION_UNTAGGED;
    for (Gazetteer.Candidate c : gazetteer.lookup(name)) {
      GeoEntry e = c.entry();
      // A country's aliases of several words or in capitals are curated ("Holy See", "Ivory
      // Coast", "DPRK"); one word may be a native name that is also an English one ("Ísland").
      if (e.level() == GeoEntry.Level.COUNTRY && name.length() >= 4
          && (tokens > 1 || ACRONYM.matcher(name).matches())) {
        return true;
      }
      if (!c.primaryName()) {
        continue;
      }
      switch (e.level()) {
        case COUNTRY, ADMIN1 -> {
          return true;
        }
        case POPULATED_PLACE -> {
          if (e.population() >= minPopulation) {
            return true;
          }
        }
        case OTHER -> { // Dateline's own continents, oceans and world regions ("Caucasus")
          if (e.region() && e.geonameId() == 0) {
            return true;
          }
        }
        case ADMIN2 -> {}
      }
    }
    return false;
  }

  Mention mention(String text, Span span, String name, Place.Source source,
      int sentence, int firstToken) {
    String before = text.substring(Math.max(0, span.start() - 60), span.start());
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 20));
    Mention.Hint hint = Mention.Hint.NONE;
    if (SCHOOL_STATE.matcher(after).find() && americanState(name)) {
      source = Place.Source.ORGANISATION_NAME;
    } else if (CITY_CUE.matcher(before).find()) {
      hint = Mention.Hint.CITY;
    } else if (UNIT_BEFORE.matcher(before).find() || UNIT_AFTER.matcher(after).find()
        || GazetteerBuilder.ADMIN_WORDS.matcher(name).find()) {
      hint = Mention.Hint.UNIT;
    }
    Place.RelativePosition rel = null;
    Matcher m = RELATIVE.matcher(before);
    if (m.find()) {
      String dir = m.group(3).toLowerCase(Locale.ROOT).replace("-", "");
      Double km = null;
      if (m.group(1) != null) {
        double v = Double.parseDouble(m.group(1));
        km = m.group(2).toLowerCase(Locale.ROOT).startsWith("mi") ? v * 1.609344 : v;
      }
      Span phrase = new Span(span.start() - (before.length() - m.start()), span.end());
      rel = new Place.RelativePosition(phrase, dir, DIRECTIONS.get(dir), km, 0, 0);
    }
    List<Gazetteer.Candidate> cands = gazetteer.lookup(name);
    if (cands.isEmpty() && name.contains(" ")) {
      // "Islamic State-held Ramadi" style prefixes are rare; a trailing "'s" is common.
      cands = gazetteer.lookup(name.replaceAll("['’]s$", ""));
    }
    String within = null;
    if (cands.isEmpty()) {
      ContainedName.Match c = ContainedName.find(name, gazetteer);
      if (c != null) {
        within = c.name();
        cands = c.candidates();
      }
    }
    return new Mention(span, name, source, sentence, firstToken, -1, -1, hint, rel, cands,
        within, -1);
  }

  /** A US state's name, other than New York's, which alone calls itself "New York State". */
  private boolean americanState(String name) {
    List<Gazetteer.Candidate> units = gazetteer.lookup(name).stream()
        .filter(c -> c.primaryName() && c.entry().level() == GeoEntry.Level.ADMIN1).toList();
    return !units.isEmpty() && units.stream().allMatch(c -> c.entry().countryIso2().equals("US"))
        && !NameNormalizer.key(name).equals("new york");
  }

  static boolean overlapsAny(List<Mention> ms, Span s) {
    return ms.stream().anyMatch(m -> m.span().overlaps(s));
  }

  private static boolean overlapsEntity(AnnotatedDocument doc, Span s) {
    return doc.entities().stream().anyMatch(e -> e.span().overlaps(s));
  }
}
