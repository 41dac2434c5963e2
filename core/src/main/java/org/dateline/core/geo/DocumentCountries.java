package org.dateline.core.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.core.geo.GeoEntry.Level;

/**
 * Which countries an article is about, read from its place names before any is resolved; the
 * resolver favours readings in them and lets a country name yield to a state of the article's
 * main country ("Georgia" in a US article).
 */
final class DocumentCountries {
  private DocumentCountries() {}

  /**
   * Each country's share of the article's votes: the dateline (three votes), country names, names
   * with one reading, and the biggest reading of an ambiguous name (a little).
   */
  static Map<String, Double> shares(List<Mention> ms) {
    Map<String, Double> w = new HashMap<>();
    for (Mention m : ms) {
      Gazetteer.Candidate country = countryReading(m);
      double weight = m.source() == Place.Source.DATELINE ? 3 : 1;
      boolean alsoAUnit = m.candidates().stream().anyMatch(c -> c.primaryName()
          && c.entry().level() == Level.ADMIN1);
      if (country != null && alsoAUnit) {
        // "Georgia": a vote for each reading, so the name cannot decide its own reading.
        for (Gazetteer.Candidate c : m.candidates()) {
          if (c.primaryName() && (c.entry().level() == Level.ADMIN1 || c == country)) {
            w.merge(c.entry().countryIso2(), weight * 0.5, Double::sum);
          }
        }
      } else if (country != null) {
        w.merge(country.entry().countryIso2(), weight, Double::sum);
      } else if (m.candidates().size() == 1) {
        w.merge(m.candidates().get(0).entry().countryIso2(), weight * 0.5, Double::sum);
      } else if (!m.candidates().isEmpty()) {
        // The biggest reading of an ambiguous name votes a little (Paris → FR).
        Gazetteer.Candidate big = m.candidates().stream()
            .max((a, b) -> Long.compare(a.entry().population(), b.entry().population()))
            .orElseThrow();
        if (big.entry().population() > 500_000) {
          w.merge(big.entry().countryIso2(), weight * 0.3, Double::sum);
        }
      }
    }
    double total = w.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> share = new HashMap<>();
    w.forEach((k, v) -> share.put(k, v / total));
    return share;
  }

  /** The country this mention names, when it names one by its name or an official alias. */
  private static Gazetteer.Candidate countryReading(Mention m) {
    for (Gazetteer.Candidate c : m.candidates()) {
      if (c.entry().level() == Level.COUNTRY) {
        return c;
      }
    }
    return null;
  }

  /**
   * "Georgia" in an article about the United States is the state: a country name yields to a
   * same-named first-level unit of the country the article is mostly about.
   */
  static boolean stateOfTheArticlesCountry(Mention m, GeoEntry country,
      Map<String, Double> countries) {
    for (Gazetteer.Candidate c : m.candidates()) {
      GeoEntry e = c.entry();
      if (e.level() == Level.ADMIN1 && c.primaryName()
          && !e.countryIso2().equals(country.countryIso2())
          && countries.getOrDefault(e.countryIso2(), 0.0)
              > countries.getOrDefault(country.countryIso2(), 0.0)) {
        return true;
      }
    }
    return false;
  }
}
