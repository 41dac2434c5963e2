package org.dateline.core.geo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.core.geo.GeoEntry.Level;
import org.dateline.core.geo.Place.Resolution;
import org.jspecify.annotations.Nullable;

/**
 * Where to put a name the gazetteer lacks (a street, a race track, a township): at the unit
 * written after it ("Oulton Park, Cheshire"), at the place it is said to be in ("Collins Avenue in
 * Miami Beach"), else at the article's focus. The focus is the place
 * the article is most about, not merely its first resolved name: a mention votes for its place
 * with the strength of the evidence that resolved it (a dateline three times, a name resolved by
 * population, by the article's country or as the only entry of its name, which is often an
 * organisation or a product such as "Toyota" or "Congress", half; one resolved only by a state
 * or province the article names, half), scaled by how much the article is about that place's
 * country (the same votes, summed by country over all resolved names,
 * country names included). The resolved names measure the country better than the unresolved ones
 * ({@link DocumentCountries}): in a local article a few names with one foreign entry ("City Park")
 * outvote many ambiguous local ones. A place also collects the votes of the units it lies in and
 * half those of towns within 200 km, and of places about equally backed the bigger wins.
 */
final class Fallback {
  /** What the fallback chose for one unknown name. */
  record Choice(GeoEntry entry, Resolution reason, String detail) {}

  /**
   * Towns this close back each other as the focus ("Lafayette" beside "New Orleans": the article
   * is about that area), with this share of their votes.
   */
  private static final double CLUSTER_KM = 200;
  private static final double CLUSTER_SHARE = 0.5;
  /** How much a place's size counts between equally backed places (per power of ten). */
  private static final double POPULATION_WEIGHT = 0.1;

  /** Share of a vote left to a place in a country the article barely mentions. */
  private static final double FOREIGN_FLOOR = 0.2;

  private final List<Mention> ms;
  private final Gazetteer.@Nullable Candidate[] chosen;
  private final Resolution[] reasons;
  private final boolean[] regional;
  private final Map<String, Double> countries = new HashMap<>();
  private final double topCountry;
  /** The focus once computed ({@link #focus}). */
  private @Nullable GeoEntry focusOnce;
  private boolean focusKnown;

  /**
   * @param chosen each mention's resolved candidate, null where unresolved
   * @param reasons each resolved mention's reason (ignored where {@code chosen} is null)
   * @param regional whether that reason only placed the mention in a state or province
   */
  Fallback(List<Mention> ms, Gazetteer.@Nullable Candidate[] chosen, Resolution[] reasons,
      boolean[] regional) {
    this.ms = ms;
    this.chosen = chosen;
    this.reasons = reasons;
    this.regional = regional;
    for (int j = 0; j < ms.size(); j++) {
      if (chosen[j] != null) {
        countries.merge(chosen[j].entry().countryIso2(), vote(j), Double::sum);
      }
    }
    this.topCountry = countries.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** The weight of resolved mention j's evidence. */
  private double vote(int j) {
    double v = ms.get(j).source() == Place.Source.DATELINE ? 3 : 1;
    // The article's country says which country a name is in, not that the article is about it;
    // likewise a state the article names says which state a town is in ("Lafayette" beside
    // "Louisiana" in an article about New Orleans).
    return reasons[j] == Resolution.POPULATION || reasons[j] == Resolution.SOLE_CANDIDATE
        || reasons[j] == Resolution.DOCUMENT_COUNTRY
        || regional[j] ? v * 0.5 : v;
  }

  /** A place for unresolved mention {@code i}, or null when the article resolved nothing usable. */
  @Nullable Choice place(int i) {
    Mention m = ms.get(i);
    String none = "no gazetteer entry named \"" + m.text() + "\"";
    GeoEntry focus = focus();
    int q = m.qualifier();
    if (q >= 0 && chosen[q] != null) {
      return inUnit(chosen[q].entry(), focus, Resolution.CONTAINMENT, none);
    }
    int h = m.host();
    if (h >= 0 && chosen[h] != null) {
      return inUnit(chosen[h].entry(), focus, Resolution.LOCATED_IN, none);
    }
    return focus == null ? null : new Choice(focus, Resolution.ARTICLE_FOCUS,
        none + "; placed at the article's main place, " + focus.name());
  }

  /**
   * Unit {@code e} written with an unknown name, or the article's focus when it lies in that unit:
   * the town, not the unit's centre ("Tijuana River in Baja California" in an article about
   * Tijuana, "CAMP MURRAY, Wash." in one about Seattle).
   */
  private static Choice inUnit(GeoEntry e, @Nullable GeoEntry focus, Resolution reason,
      String none) {
    boolean focusInside = focus != null && contains(e, focus);
    return new Choice(focusInside ? focus : e, reason, none + "; in " + e.name()
        + (focusInside ? ", at the article's main place there, " + focus.name() : ""));
  }

  /** The article's focus; computed once, since it depends only on the resolved mentions. */
  private @Nullable GeoEntry focus() {
    if (!focusKnown) {
      focusOnce = computeFocus();
      focusKnown = true;
    }
    return focusOnce;
  }

  private @Nullable GeoEntry computeFocus() {
    // In order of first mention, so that the first mentioned place wins ties.
    Map<Integer, Double> votes = new LinkedHashMap<>();
    Map<Integer, GeoEntry> entries = new HashMap<>();
    for (int j = 0; j < ms.size(); j++) {
      Gazetteer.Candidate c = chosen[j];
      if (c == null || !local(c.entry())) {
        continue;
      }
      double share = countries.get(c.entry().countryIso2()) / topCountry;
      votes.merge(c.index(), vote(j) * Math.max(FOREIGN_FLOOR, share), Double::sum);
      entries.put(c.index(), c.entry());
    }
    GeoEntry best = null;
    double bestTotal = 0;
    for (Map.Entry<Integer, Double> p : votes.entrySet()) {
      GeoEntry e = entries.get(p.getKey());
      double total = p.getValue();
      // A town also has the votes of the units it lies in ("Honolulu" beside many "Hawaii"): an
      // unknown name is small, and the town the article names is nearer to it than the
      // unit's centre. Towns near it add part of theirs.
      for (Map.Entry<Integer, Double> u : votes.entrySet()) {
        GeoEntry o = entries.get(u.getKey());
        if (contains(o, e)) {
          total += u.getValue();
        } else if (o != e && o.level() == Level.POPULATED_PLACE
            && e.level() == Level.POPULATED_PLACE && e.distanceKm(o.lat(), o.lon()) < CLUSTER_KM) {
          total += CLUSTER_SHARE * u.getValue();
        }
      }
      // Of places about equally backed, an unknown street or building is likelier in the bigger.
      total *= 1 + POPULATION_WEIGHT * Math.log10(e.population() + 1);
      if (best == null || total > bestTotal) {
        best = e;
        bestTotal = total;
      }
    }
    return best;
  }

  private static boolean contains(GeoEntry unit, GeoEntry e) {
    if (e.level() == Level.ADMIN1 || e.level() == Level.ADMIN2
        || !unit.countryIso2().equals(e.countryIso2())) {
      return false;
    }
    return switch (unit.level()) {
      case ADMIN1 -> !unit.admin1Code().isEmpty() && unit.admin1Code().equals(e.admin1Code());
      case ADMIN2 -> !unit.admin2().isEmpty() && unit.admin1Code().equals(e.admin1Code())
          && unit.admin2().equals(e.admin2());
      default -> false;
    };
  }

  /** Below country level and not a continent or region: a place an unknown name can lie in. */
  private static boolean local(GeoEntry e) {
    return e.level() != Level.COUNTRY && !e.featureCode().equals("CONT")
        && !e.featureCode().equals("RGN");
  }
}
