package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.core.geo.GeoEntry.Level;
import org.dateline.core.geo.Place.Resolution;
import org.jspecify.annotations.Nullable;

/**
 * Toponym resolution: scores every candidate of every mention with a population and feature prior
 * plus document evidence (containment, level words, the dateline's country, the countries the
 * article mentions, places resolved near it in the same sentence and article, relative phrases),
 * in two passes so that each mention sees the others' first choices. Mentions with the same name
 * resolve together (one sense per article). One instance per article: it keeps the article's
 * {@link Support}.
 */
final class PlaceResolver {
  private static final double NEAR_KM = 200;
  /** Passes over the article's names; three suffice in the corpora, the rest are a guard. */
  private static final int MAX_PASSES = 5;
  /** Farthest same-sentence neighbour that backs a town dwarfed by a same-named unit. */
  private static final double DWARFED_NEAR_KM = 50;
  /** An abbreviation in capitals ("EU", "U.K."): it names a place by an alias, not a same-named town. */
  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("\\p{Lu}{2,4}|(?:\\p{Lu}\\.){2,4}");

  /**
   * Backing of a state reading of an item listed with states ("western states such as California
   * or Washington"): a same-sentence state's.
   */
  private static final double LISTED_WITH_STATES = 1.5;
  /** Backing of a state the dateline names by another name ("Wash."): a same-sentence state's. */
  private static final double DATELINE_STATE = 1.5;

  /** Weight of the other names' support (containment and proximity, see {@link Support}). */
  private static final double SUPPORT_WEIGHT = 1.0;
  /** Support a same-named place needs to take a name from its country (two strong backers). */
  private static final double NAMESAKE_SUPPORT = 1.5;

  /** Part of the document-country bonus left to a town dwarfed by a namesake abroad. */
  private static final double FOREIGN_NAMESAKE_SHARE = 0.5;
  /**
   * Support a town dwarfed by a same-named unit ({@link Namesakes}) loses: one full backer (its
   * county, a nearby town) is not enough.
   */
  private static final double UNIT_NAMESAKE_SUPPORT_CUT = 1.0;

  /**
   * A candidate's score and the evidence that decided it; {@code regional}: that evidence only
   * says which state or province the place is in ("in Louisiana, which the article names").
   */
  private record Scored(Gazetteer.Candidate cand, double score, Resolution reason, String detail,
      boolean regional) {}

  /** The support of the article being resolved; set by {@link #resolve}, read by score. */
  private Support support = Support.of(List.of());
  /** The name key of each mention of the article being resolved. */
  private String[] keys = new String[0];
  /** The article's country shares without the mentions of each name key, computed on demand. */
  private final Map<String, Map<String, Double>> othersShares = new HashMap<>();

  List<Place> resolve(List<Mention> ms) {
    int n = ms.size();
    Gazetteer.Candidate[] first = new Gazetteer.Candidate[n];
    support = Support.of(ms);
    othersShares.clear();
    // "Lake Manassas" resolves with "Manassas": one sense per article.
    keys = ms.stream().map(m -> NameNormalizer.key(m.within() == null ? m.text() : m.within()))
        .toArray(String[]::new);
    Map<String, List<Integer>> sameName = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      sameName.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
    }
    // The first pass reads no one's choice. Later ones read the others' latest choices, updated
    // name by name in order of first mention, until no choice changes: updated all at once, two
    // names that back each other's wrong readings swap forever ("Norwich" and "Reading" going
    // between England and Connecticut on alternate passes).
    Scored[] best = new Scored[n];
    for (List<Integer> group : sameName.values()) {
      resolveName(ms, group, first, best);
    }
    for (int i = 0; i < n; i++) {
      first[i] = best[i] == null ? null : best[i].cand();
    }
    for (int pass = 1; pass < MAX_PASSES; pass++) {
      boolean changed = false;
      for (List<Integer> group : sameName.values()) {
        resolveName(ms, group, first, best);
        for (int i : group) {
          Gazetteer.Candidate now = best[i] == null ? null : best[i].cand();
          changed |= now != first[i];
          first[i] = now;
        }
      }
      if (!changed) {
        break;
      }
    }
    List<Place> out = new ArrayList<>(n);
    Resolution[] reasons = new Resolution[n];
    boolean[] regional = new boolean[n];
    for (int i = 0; i < n; i++) {
      reasons[i] = best[i] == null ? Resolution.UNRESOLVED : best[i].reason();
      regional[i] = best[i] != null && best[i].regional();
    }
    Fallback fallback = new Fallback(ms, first, reasons, regional);
    Map<String, GeoEntry> stated = StateEvidence.statedUnits(ms, keys, reasons, first);
    for (int i = 0; i < n; i++) {
      Mention m = ms.get(i);
      if (best[i] == null) {
        Fallback.Choice f = fallback.place(i);
        out.add(f == null
            ? new Place(m.span(), m.text(), m.source(), null, 0, Resolution.UNRESOLVED,
                "no gazetteer entry named \"" + m.text() + "\"", null)
            : new Place(m.span(), m.text(), m.source(), f.entry(), 0.1, f.reason(), f.detail(),
                null));
        continue;
      }
      // One sense per article: the name's other mentions are that place too, unless qualified.
      GeoEntry unit = best[i].reason() == Resolution.CONTAINMENT ? null : stated.get(keys[i]);
      if (unit != null) {
        out.add(new Place(m.span(), m.text(), m.source(), unit, 0.3, Resolution.LOCATED_IN,
            "no \"" + m.text() + "\" in the gazetteer lies in " + unit.name()
                + ", where the text says it is", null));
        continue;
      }
      double conf = confidence(ms, i, best[i], first);
      GeoEntry e = best[i].cand().entry();
      Place.RelativePosition rel = m.relative() == null ? null : m.relative().from(e);
      if (m.within() != null) {
        out.add(new Place(m.span(), m.text(), m.source(), e, conf, Resolution.CONTAINED_NAME,
            "no gazetteer entry named \"" + m.text() + "\"; placed at " + m.within() + ", "
                + best[i].detail(), rel));
        continue;
      }
      out.add(new Place(m.span(), m.text(), m.source(), e, conf, best[i].reason(),
          best[i].detail(), rel));
    }
    return out;
  }

  /** Resolves the mentions {@code group} of one name together into {@code best}. */
  private void resolveName(List<Mention> ms, List<Integer> group, Gazetteer.Candidate[] chosen,
      Scored[] best) {
    Map<Integer, Double> total = new HashMap<>();
    Map<Integer, Scored> strongest = new HashMap<>();
    for (int i : group) {
      for (Gazetteer.Candidate c : ms.get(i).candidates()) {
        Scored s = score(ms, i, c, chosen);
        // The dateline speaks for the whole article: "WASHINGTON" then "Washington".
        double w = ms.get(i).source() == Place.Source.DATELINE ? 3 : 1;
        total.merge(c.index(), w * s.score(), Double::sum);
        strongest.merge(c.index(), s, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    Integer win = total.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(null);
    if (win == null) {
      return;
    }
    for (int i : group) {
      // A qualified mention keeps its own best reading ("Paris, Texas" beside "Paris").
      Scored own = ms.get(i).candidates().stream().map(c -> score(ms, i, c, chosen))
          .max((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
      best[i] = own.reason() == Resolution.CONTAINMENT ? own : strongest.get(win);
    }
  }

  /**
   * The countries the article is about according to its other names: a name's own mentions do
   * not vote for its reading ("Dublin" seven times in an Ohio article made it Irish, since the
   * biggest reading of an ambiguous name votes for its country).
   */
  private Map<String, Double> countriesWithout(List<Mention> ms, int i) {
    return othersShares.computeIfAbsent(keys[i], k -> {
      List<Mention> rest = new ArrayList<>();
      for (int j = 0; j < ms.size(); j++) {
        if (!keys[j].equals(k)) {
          rest.add(ms.get(j));
        }
      }
      return DocumentCountries.shares(rest);
    });
  }

  private double confidence(List<Mention> ms, int i, Scored chosen, Gazetteer.Candidate[] first) {
    double sum = 0;
    for (Gazetteer.Candidate c : ms.get(i).candidates()) {
      sum += Math.exp(2 * score(ms, i, c, first).score());
    }
    double own = Math.exp(2 * score(ms, i, chosen.cand(), first).score());
    return sum == 0 ? 0 : Math.max(0, Math.min(1, own / sum));
  }

  /**
   * "Georgia" beside Atlanta and Hall County, "Palestine" beside Anderson County and Elkhart: a
   * same-named place that several other names of the article back is meant, not the country.
   */
  private boolean backedNamesake(int i, Mention m, GeoEntry country) {
    for (Gazetteer.Candidate c : m.candidates()) {
      if (!c.entry().countryIso2().equals(country.countryIso2()) && c.primaryName()
          && support.of(i, c.index()).value() >= NAMESAKE_SUPPORT) {
        return true;
      }
    }
    return false;
  }

  private Scored score(List<Mention> ms, int i, Gazetteer.Candidate c,
      Gazetteer.Candidate[] chosen) {
    Mention m = ms.get(i);
    Map<String, Double> countries = countriesWithout(ms, i);
    GeoEntry e = c.entry();
    Level level = e.level();
    double s = Math.log10(e.population() + 1) / 7;
    s += switch (level) {
      case COUNTRY -> 0.6;
      case ADMIN1 -> 0.1 - (Namesakes.hasSeatOfSameName(m, e) ? 0.8 : 0);
      case ADMIN2 -> -0.2;
      case POPULATED_PLACE -> e.featureCode().equals("PPLC") ? 0.45
          : e.featureCode().startsWith("PPLA") ? 0.15 : 0;
      case OTHER -> e.region() ? 1.0 : -0.3;
    };
    s += c.primaryName() ? 0.3 : -0.3;
    // A dateline names a place without its state only when the place needs none
    // ("WASHINGTON", "LONDON"): the prominent reading, whatever the article mentions.
    boolean standalone = m.source() == Place.Source.DATELINE && m.qualifier() < 0;
    if (standalone && level != Level.COUNTRY) {
      s += 2 * Math.log10(e.population() + 1) / 7 + (e.featureCode().equals("PPLC") ? 0.5 : 0);
    }
    if (level == Level.ADMIN2 && m.hint() != Mention.Hint.UNIT
        && !NameNormalizer.normalize(e.name()).equals(NameNormalizer.normalize(m.text()))) {
      s -= 0.5; // "Washington" alone is rarely Washington County
    }
    if (c.primaryName() && ACRONYM.matcher(m.text()).matches() && !e.name().equals(m.text())) {
      s -= 1.5; // "EU" is an abbreviation, not the town of Eu
    }
    if (c.otherOwnName()
        || NameNormalizer.normalize(e.name()).equals(NameNormalizer.normalize(m.text()))) {
      s += 0.2;
    }
    Resolution reason = m.candidates().size() == 1 ? Resolution.SOLE_CANDIDATE
        : Resolution.POPULATION;
    String detail = m.candidates().size() == 1 ? "only entry of that name"
        : "population " + e.population();
    double strongest = 0;
    // Country and region names are curated (official names, "US", "Britain"; "the Atlantic",
    // "Middle East"), so any match counts against a same-named town ("Atlantic", Iowa).
    boolean region = e.region();
    if ((level == Level.COUNTRY || region)
        && !DocumentCountries.stateOfTheArticlesCountry(m, e, countries)
        && !backedNamesake(i, m, e)) {
      s += 3;
      strongest = 3;
      reason = region ? Resolution.REGION_NAME : Resolution.COUNTRY_NAME;
      detail = region ? "region name" : "country name";
    }
    boolean hintFits = switch (m.hint()) {
      case NONE -> false;
      case CITY -> level == Level.POPULATED_PLACE;
      case UNIT -> level == Level.ADMIN1 || level == Level.ADMIN2;
    };
    if (hintFits) {
      double v = m.hint() == Mention.Hint.UNIT ? 1.5 : 0.8;
      s += v;
      if (v > strongest) {
        strongest = v;
        reason = Resolution.ADMIN_UNIT;
        detail = m.hint() == Mention.Hint.UNIT ? "marked as a province or state"
            : "marked as a city or town";
      }
    }
    if (m.qualifier() >= 0) {
      Mention q = ms.get(m.qualifier());
      for (Gazetteer.Candidate qc : q.candidates()) {
        GeoEntry qe = qc.entry();
        boolean inside = qe.countryIso2().equals(e.countryIso2())
            && (qe.level() == Level.COUNTRY
                || (qe.level() == Level.ADMIN1 && qe.admin1Code().equals(e.admin1Code()))
                || (qe.level() == Level.ADMIN2 && qe.admin2().equals(e.admin2())));
        if (inside && qc.index() != c.index()) {
          s += 4;
          strongest = 4;
          reason = Resolution.CONTAINMENT;
          detail = "in " + qe.name();
          break;
        }
      }
    }
    if (level == Level.ADMIN1 && StateEvidence.listedWithStates(ms, i, e.countryIso2(), chosen)) {
      s += LISTED_WITH_STATES;
      if (LISTED_WITH_STATES > strongest) {
        strongest = LISTED_WITH_STATES;
        reason = Resolution.ADMIN_UNIT;
        detail = "listed with states";
      }
    }
    String dateline = level == Level.ADMIN1
        ? StateEvidence.datelineNaming(ms, keys, i, c, chosen) : null;
    if (dateline != null) {
      s += DATELINE_STATE;
      if (DATELINE_STATE > strongest) {
        strongest = DATELINE_STATE;
        reason = Resolution.NEARBY_PLACES;
        detail = "the dateline's state (\"" + dateline + "\")";
      }
    }
    boolean dwarfed = Namesakes.dwarfedByUnit(m, c.entry());
    // "Portland" beside Texas is still Portland, Oregon: a state named elsewhere in the article
    // backs none of its country's namesakes over the others, but nearby towns and counties do.
    boolean lesserAtHome = !dwarfed && Namesakes.dwarfedAtHome(m, c.entry());
    // One sense per article: a state named beside any mention of the name places them all.
    boolean placedByState = lesserAtHome
        && StateEvidence.stateBesideAnyMention(ms, keys, i, e, chosen);
    Double share = countries.get(e.countryIso2());
    if (share != null && level != Level.COUNTRY) {
      // "London" in an American article is still London, not London, Ohio, unless other names
      // back the town closely: the article's country alone half counts for it.
      boolean lesser = Namesakes.dwarfedAbroad(m, e) && support.of(i, c.index()).close() == 0;
      double v = 1.2 * share * (lesser ? FOREIGN_NAMESAKE_SHARE : 1);
      s += v;
      if (v > strongest && v > 0.3) {
        strongest = v;
        reason = Resolution.DOCUMENT_COUNTRY;
        detail = "article is about " + e.countryIso3() + String.format(Locale.ROOT, " (%.0f%%)",
            100 * share);
      }
    }
    // Places resolved in the same sentence (first) or anywhere in the article (weaker).
    double near = 0;
    String nearDetail = null;
    Resolution nearReason = Resolution.NEARBY_PLACES;
    boolean nearRegional = false;
    for (int j = 0; j < ms.size(); j++) {
      Gazetteer.Candidate o = chosen[j];
      // Other mentions of the same name are not evidence: their choice is this one's.
      if (j == i || o == null || o.index() == c.index()
          || o.entry().level() == Level.COUNTRY || m.candidates().size() < 2
          || keys[j].equals(keys[i])) {
        continue;
      }
      double km = e.distanceKm(o.entry().lat(), o.entry().lon());
      boolean sameSentence = ms.get(j).sentence() == m.sentence();
      // "Salem is a city in Harrison County, West Virginia": a state named in the town's own
      // sentence (not inside a team's name) backs even a lesser namesake; elsewhere it does not.
      boolean stateHere = StateEvidence.namesStateIn(ms.get(j), o, m.sentence());
      if (lesserAtHome && o.entry().level() == Level.ADMIN1 && !stateHere && !placedByState) {
        continue;
      }
      boolean sameUnit = !e.admin1Code().isEmpty() && e.countryIso2().equals(o.entry().countryIso2())
          && e.admin1Code().equals(o.entry().admin1Code());
      // A dwarfed town takes no backing from far-off places of its state or article, nor a list
      // item from its siblings' state ("Boston" after "New York" in a list of cities).
      if (sameUnit && km >= NEAR_KM && !dwarfed && (!lesserAtHome || stateHere || placedByState)
          && !m.siblingOf(ms.get(j))) {
        double v = o.entry().level() == Level.ADMIN1 ? (sameSentence ? 1.5 : 0.9) : 0.6;
        if (v > near) {
          near = v;
          nearDetail = "in " + (e.admin1().isEmpty() ? "the same province" : e.admin1())
              + ", like " + o.entry().name();
          nearReason = Resolution.NEARBY_PLACES;
          nearRegional = true;
        }
      }
      // A dwarfed town's neighbour must be a place within a short drive: the centre of a state
      // ("California" beside West Virginia) or a capital 80 km off ("California", Maryland beside
      // Washington) says nothing about it.
      boolean unitAnchor = o.entry().level() == Level.ADMIN1 || o.entry().level() == Level.ADMIN2;
      if (km < NEAR_KM && !(dwarfed && (unitAnchor || km >= DWARFED_NEAR_KM))) {
        double v = sameSentence ? 1.5 : dwarfed ? 0 : 0.5;
        Place.RelativePosition rel = ms.get(j).relative();
        if (sameSentence && rel != null) {
          double bearing = Geo.bearing(o.entry().lat(), o.entry().lon(), e.lat(), e.lon());
          double diff = Math.abs(((bearing - rel.bearing()) + 540) % 360 - 180);
          if (diff <= 67.5) {
            v = 2.5;
          }
        }
        if (v > near) {
          near = v;
          nearRegional = false;
          nearDetail = String.format(Locale.ROOT, "%.0f km from %s", km, o.entry().name());
          nearReason = v == 2.5 ? Resolution.RELATIVE_ANCHOR : Resolution.NEARBY_PLACES;
          if (v == 2.5) {
            nearDetail = ms.get(j).relative().direction() + " of " + o.entry().name() + ", "
                + String.format(Locale.ROOT, "%.0f km", km);
          }
        }
      }
    }
    Support.Evidence ev = support.of(i, c.index());
    // For a dwarfed town only close backing counts (its county or state, a town within 50 km):
    // the White House, the West Wing and the Oval Office 80 km off are three names but no evidence.
    double sup = m.candidates().size() < 2 ? 0
        : dwarfed ? Math.max(0, ev.close() - UNIT_NAMESAKE_SUPPORT_CUT)
        : SUPPORT_WEIGHT * (lesserAtHome && !placedByState ? ev.nearby() : ev.value());
    if (standalone) {
      near = 0;
      sup = 0;
    }
    s += near + sup;
    boolean regional = false;
    if (sup > strongest && sup > near) {
      reason = Resolution.NEARBY_PLACES;
      detail = ev.detail();
      regional = ev.nearby() == 0;
    } else if (near > strongest) {
      reason = nearReason;
      detail = nearDetail;
      regional = nearRegional;
    }
    return new Scored(c, s, reason, detail, regional);
  }
}
