package org.dateline.core.geo;

import java.util.function.Predicate;
import org.dateline.core.geo.GeoEntry.Level;

/**
 * How a reading of a name compares with the other readings of the same name: the prominent
 * namesake a writer would have qualified the small one against ("California", the state, beside
 * California, Pennsylvania; London beside London, Ohio). Stateless.
 */
final class Namesakes {
  private Namesakes() {}

  /**
   * "California" in a US article is the state, not California, Pennsylvania: a town that shares
   * its name with a first-level unit of its own country at least this many times as populous is
   * meant only on close evidence (containment, a neighbour in the same sentence, several backers).
   */
  private static final double UNIT_RATIO = 20;
  /**
   * Smallest such unit: every US state (Wyoming's places add up to ~400,000, so "Wyoming" beside
   * Washington is not Wyoming, Delaware).
   */
  private static final long UNIT_MIN_POPULATION = 300_000;
  /** A town this many times smaller than a same-named city abroad is its lesser namesake. */
  private static final double ABROAD_RATIO = 20;
  /**
   * In an organisation's name, a town this many times smaller than a same-named city abroad is
   * its lesser namesake: organisations are named after known places ("Aberdeen Asset Management",
   * the "Venice Commission"), whatever country the article is about.
   */
  private static final double ORGANISATION_ABROAD_RATIO = 5;
  /** Smallest such city abroad: a known city, not a village bigger than a hamlet. */
  private static final long ABROAD_MIN_POPULATION = 100_000;

  /**
   * "Kirkuk" names the city, not the province it is the seat of, and "New York" or "Washington"
   * the big city or capital rather than the state, unless marked as a unit.
   */
  static boolean hasSeatOfSameName(Mention m, GeoEntry unit) {
    for (Gazetteer.Candidate c : m.candidates()) {
      GeoEntry e = c.entry();
      if (e.level() != Level.POPULATED_PLACE || !e.countryIso2().equals(unit.countryIso2())) {
        continue;
      }
      boolean seat = c.primaryName() && e.admin1Code().equals(unit.admin1Code())
          && e.population() > 0;
      boolean major = c.primaryName()
          && (e.population() >= 1_000_000 || e.featureCode().equals("PPLC"));
      if (seat || major) {
        return true;
      }
    }
    return false;
  }

  /** A town dwarfed by a same-named state or province of its country ("Washington", Georgia). */
  static boolean dwarfedByUnit(Mention m, GeoEntry e) {
    return dwarfedBy(m, e, u -> u.level() == Level.ADMIN1 && u.countryIso2().equals(e.countryIso2())
        && u.population() >= UNIT_MIN_POPULATION && e.population() * UNIT_RATIO < u.population());
  }

  /**
   * A town dwarfed by a same-named city in another country ("London", Ohio; "Venice", Florida;
   * "Manchester", Connecticut): that the article is about the town's country says little, since
   * a US article names London, England without "England". In an organisation's name a namesake
   * five times bigger suffices ("Aberdeen Asset Management" in a US article).
   */
  static boolean dwarfedAbroad(Mention m, GeoEntry e) {
    return dwarfedByCity(m, e, false, m.source() == Place.Source.ORGANISATION_NAME
        ? ORGANISATION_ABROAD_RATIO : ABROAD_RATIO);
  }

  /**
   * A town dwarfed by a same-named city of its own country ("Louisville", Mississippi beside
   * Louisville, Kentucky; "Portland", Texas): a writer names the small one with its state.
   */
  static boolean dwarfedAtHome(Mention m, GeoEntry e) {
    return dwarfedByCity(m, e, true, ABROAD_RATIO);
  }

  /** A namesake city of 100,000+ at least 20 times bigger, in {@code e}'s country or another. */
  private static boolean dwarfedByCity(Mention m, GeoEntry e, boolean sameCountry, double ratio) {
    return dwarfedBy(m, e, u -> u.level() == Level.POPULATED_PLACE
        && u.countryIso2().equals(e.countryIso2()) == sameCountry
        && u.population() >= ABROAD_MIN_POPULATION
        && e.population() * ratio <= u.population());
  }

  /**
   * Whether populated place {@code e} has a namesake among the mention's primary names that
   * {@code larger} accepts.
   */
  private static boolean dwarfedBy(Mention m, GeoEntry e, Predicate<GeoEntry> larger) {
    if (e.level() != Level.POPULATED_PLACE) {
      return false;
    }
    for (Gazetteer.Candidate d : m.candidates()) {
      if (d.primaryName() && larger.test(d.entry())) {
        return true;
      }
    }
    return false;
  }
}
