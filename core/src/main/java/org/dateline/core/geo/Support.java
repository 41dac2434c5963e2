package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.core.geo.GeoEntry.Level;

/**
 * How much the other names of an article back each reading of a name, whatever those names end up
 * meaning: a reading inside a unit the article names ("Dublin" beside "Franklin County" and
 * "Columbus"), or close to a place it names, is backed by that name. Each other name gives the
 * best of its readings, weighted by how likely that reading is on population alone, so a rare
 * namesake backs little. Every reading is scored against every reading, so the coherent set wins
 * even when each name alone would go to a bigger namesake. Immutable.
 */
final class Support {
  /** Readings of another name considered, by population (the rest are villages that back little). */
  private static final int TOP = 40;
  /** Most support one reading can get (a few names in the same county suffice). */
  private static final double CAP = 3;

  /**
   * A reading's support, the part of it from close backers alone (inside a unit they name, or
   * within 50 km), the part from nearby backers (its county, a town within 150 km: a state, or a
   * town elsewhere in it, says which state, not which of the country's namesakes), and the name
   * that gave most of it.
   */
  record Evidence(double value, double close, double nearby, String detail) {}

  private static final Evidence NONE = new Evidence(0, 0, 0, null);

  private final Map<Integer, Map<Integer, Evidence>> byMention;

  private Support(Map<Integer, Map<Integer, Evidence>> byMention) {
    this.byMention = byMention;
  }

  /** The support of candidate {@code entryIndex} of mention {@code mention}. */
  Evidence of(int mention, int entryIndex) {
    Map<Integer, Evidence> m = byMention.get(mention);
    return m == null ? NONE : m.getOrDefault(entryIndex, NONE);
  }

  static Support of(List<Mention> ms) {
    // Mentions of one name share their readings; work per distinct name.
    Map<String, List<Integer>> names = new LinkedHashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      names.computeIfAbsent(NameNormalizer.key(ms.get(i).text()), k -> new ArrayList<>()).add(i);
    }
    List<List<Gazetteer.Candidate>> readings = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (List<Integer> group : names.values()) {
      List<Gazetteer.Candidate> cs = new ArrayList<>(ms.get(group.get(0)).candidates());
      cs.sort((a, b) -> Long.compare(b.entry().population(), a.entry().population()));
      List<Gazetteer.Candidate> top = cs.subList(0, Math.min(TOP, cs.size()));
      readings.add(top);
      weights.add(priorWeights(top));
      texts.add(ms.get(group.get(0)).text());
    }
    List<List<Integer>> groups = new ArrayList<>(names.values());
    Map<Integer, Map<Integer, Evidence>> out = new HashMap<>();
    int g = 0;
    for (List<Integer> group : names.values()) {
      List<Gazetteer.Candidate> own = ms.get(group.get(0)).candidates();
      if (own.size() < 2) {
        g++;
        continue;
      }
      Map<Integer, Evidence> byEntry = new HashMap<>();
      for (Gazetteer.Candidate c : own) {
        double total = 0;
        double close = 0;
        double nearby = 0;
        double bestPart = 0;
        String detail = null;
        for (int h = 0; h < readings.size(); h++) {
          if (h == g) {
            continue;
          }
          double part = 0;
          double closePart = 0;
          double nearbyPart = 0;
          GeoEntry via = null;
          List<Gazetteer.Candidate> other = readings.get(h);
          boolean siblings = siblings(ms, group, groups.get(h));
          for (int k = 0; k < other.size(); k++) {
            GeoEntry o = other.get(k).entry();
            double raw = siblings ? siblingRelation(c.entry(), o) : relation(c.entry(), o);
            double r = raw * weights.get(h)[k];
            if (raw >= 1 && r > closePart) {
              closePart = r;
            }
            if (o.level() != Level.ADMIN1 && raw >= 0.6 && r > nearbyPart) {
              nearbyPart = r;
            }
            if (r > part) {
              part = r;
              via = o;
            }
          }
          total += part;
          close += closePart;
          nearby += nearbyPart;
          if (part > bestPart) {
            bestPart = part;
            detail = describe(c.entry(), via, texts.get(h));
          }
        }
        if (total > 0) {
          byEntry.put(c.index(),
              new Evidence(Math.min(CAP, total), Math.min(CAP, close),
                  Math.min(CAP, nearby), detail));
        }
      }
      for (int i : group) {
        out.put(i, byEntry);
      }
      g++;
    }
    return new Support(out);
  }

  /** 0.3 for any reading, up to 1 for the one that population alone would pick. */
  private static double[] priorWeights(List<Gazetteer.Candidate> cs) {
    double[] w = new double[cs.size()];
    double sum = 0;
    for (int k = 0; k < w.length; k++) {
      w[k] = Math.exp(3 * Math.log10(cs.get(k).entry().population() + 1) / 7);
      sum += w[k];
    }
    for (int k = 0; k < w.length; k++) {
      w[k] = 0.3 + 0.7 * w[k] / sum;
    }
    return w;
  }

  /** Whether some mention of one name is an item of the same list as one of the other's. */
  private static boolean siblings(List<Mention> ms, List<Integer> a, List<Integer> b) {
    for (int i : a) {
      for (int j : b) {
        if (ms.get(i).siblingOf(ms.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Items of one list ("Washington, New York and Boston") are parallel: a unit reading of one is
   * not the other's state, and sharing a state far apart says nothing; only nearness backs.
   */
  static double siblingRelation(GeoEntry c, GeoEntry o) {
    if (c.level() == Level.COUNTRY || c.level() == Level.ADMIN1 || o.level() == Level.COUNTRY
        || o.level() == Level.ADMIN1 || (c.level() == Level.ADMIN2) != (o.level() == Level.ADMIN2)) {
      return 0;
    }
    double km = c.distanceKm(o.lat(), o.lon());
    return km < 50 ? 1 : km < 150 ? 0.6 : 0;
  }

  /** How strongly a reading {@code o} of another name backs reading {@code c}: 0..1. */
  static double relation(GeoEntry c, GeoEntry o) {
    Level lc = c.level();
    Level lo = o.level();
    if (lc == Level.COUNTRY || lo == Level.COUNTRY || !c.countryIso2().equals(o.countryIso2())
        && c.distanceKm(o.lat(), o.lon()) >= 150) {
      return 0;
    }
    boolean sameA1 = c.countryIso2().equals(o.countryIso2()) && !c.admin1Code().isEmpty()
        && c.admin1Code().equals(o.admin1Code());
    boolean cPlace = lc == Level.POPULATED_PLACE || lc == Level.OTHER;
    boolean oPlace = lo == Level.POPULATED_PLACE || lo == Level.OTHER;
    if (lo == Level.ADMIN1 && lc != Level.ADMIN1) {
      return sameA1 ? 1 : 0;
    }
    if (lo == Level.ADMIN2 && cPlace) {
      return sameA1 && c.admin2().equals(o.admin2()) ? 1 : sameA1 ? 0.3 : 0;
    }
    if (lc == Level.ADMIN1) {
      return sameA1 && lo != Level.ADMIN1 ? 0.5 : 0;
    }
    if (lc == Level.ADMIN2 && oPlace) {
      return sameA1 && c.admin2().equals(o.admin2()) ? 0.8 : sameA1 ? 0.3 : 0;
    }
    double km = c.distanceKm(o.lat(), o.lon());
    if (km < 50) {
      return 1;
    }
    if (km < 150) {
      return 0.6;
    }
    return sameA1 ? 0.3 : 0;
  }

  private static String describe(GeoEntry c, GeoEntry via, String name) {
    if (via == null) {
      return null;
    }
    if (via.level() == Level.ADMIN1 || via.level() == Level.ADMIN2) {
      return "in " + via.name() + ", which the article names";
    }
    return String.format(Locale.ROOT, "%.0f km from %s (\"%s\")",
        c.distanceKm(via.lat(), via.lon()), via.name(), name);
  }
}
