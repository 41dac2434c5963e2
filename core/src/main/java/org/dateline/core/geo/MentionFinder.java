package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * organisations left out), and proper-noun sequences the NER missed that name a country, a
 * first-level unit or a sizeable town. Adds the local cues: containment ("Ramadi, Anbar"), level
 * words ("the city of", "province") and relative phrases ("30 km south of"). Thread-safe.
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
  /** Smallest population for a place the NER missed to count as a toponym. */
  private static final long MIN_POPULATION_UNTAGGED = 20_000;

  private final Gazetteer gazetteer;

  MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
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
    for (EntityMention e : doc.entities()) {
      if (e.kind() != EntityKind.LOCATION || overlapsAny(out, e.span())
          || gazetteer.isDemonym(e.text())) {
        continue;
      }
      out.add(mention(text, e.span(), e.text(), Place.Source.NER, e.sentence(), e.firstToken()));
    }
    for (Sentence s : doc.sentences()) {
      findUntagged(doc, s, text, out);
    }
    out.sort(Comparator.comparing(Mention::span));
    return linkQualifiers(text, out);
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
        if (gazetteer.isDemonym(name) || (i == 0 && end - i == 1)) {
          continue;
        }
        if (plausibleUntagged(name)) {
          out.add(mention(text, span, name, Place.Source.GAZETTEER, s.index(), i));
          matchedEnd = end;
          break;
        }
      }
      i = matchedEnd > 0 ? matchedEnd : i + 1;
    }
  }

  private static boolean properRun(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = toks.get(i);
      if (!t.pos().startsWith("NNP") || !Character.isUpperCase(t.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private boolean plausibleUntagged(String name) {
    for (Gazetteer.Candidate c : gazetteer.lookup(name)) {
      if (!c.primaryName()) {
        continue;
      }
      GeoEntry e = c.entry();
      switch (e.level()) {
        case COUNTRY, ADMIN1 -> {
          return true;
        }
        case POPULATED_PLACE -> {
          if (e.population() >= MIN_POPULATION_UNTAGGED) {
            return true;
          }
        }
        case ADMIN2, OTHER -> {}
      }
    }
    return false;
  }

  private Mention mention(String text, Span span, String name, Place.Source source,
      int sentence, int firstToken) {
    String before = text.substring(Math.max(0, span.start() - 60), span.start());
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 20));
    Mention.Hint hint = Mention.Hint.NONE;
    if (CITY_CUE.matcher(before).find()) {
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
    return new Mention(span, name, source, sentence, firstToken, -1, hint, rel, cands);
  }

  /** "A, B": B qualifies A when B is a country or unit containing one of A's candidates. */
  private static List<Mention> linkQualifiers(String text, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    for (int i = 0; i + 1 < out.size(); i++) {
      Mention a = out.get(i);
      Mention b = out.get(i + 1);
      String between = text.substring(a.span().end(), Math.max(a.span().end(), b.span().start()));
      if (between.strip().equals(",") && a.sentence() == b.sentence()) {
        out.set(i, a.withQualifier(i + 1));
      }
    }
    return out;
  }

  private static boolean overlapsAny(List<Mention> ms, Span s) {
    return ms.stream().anyMatch(m -> m.span().overlaps(s));
  }

  private static boolean overlapsEntity(AnnotatedDocument doc, Span s) {
    return doc.entities().stream().anyMatch(e -> e.span().overlaps(s));
  }
}
