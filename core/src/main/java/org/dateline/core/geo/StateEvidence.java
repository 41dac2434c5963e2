package org.dateline.core.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.core.geo.GeoEntry.Level;
import org.jspecify.annotations.Nullable;

/**
 * What an article's other mentions say about the state, province or unit a reading lies in: the
 * unit the text states ("a town in Wayne County"), a list of states, the dateline's state, a state
 * named beside the name. Read by {@link PlaceResolver} against the mentions' current choices
 * ({@code chosen}, indexed like the mentions; {@code keys} their name keys). Stateless.
 */
final class StateEvidence {
  private StateEvidence() {}

  /**
   * By name key, the unit the text says a mention of the name is in ("Eureka is a town in Wayne
   * County", see {@link PlaceLists}) when none of the name's readings lies in it: the gazetteer
   * lacks the place, and the unit is the best point for it (not the biggest Eureka). Only
   * countries, states and counties (whose extent the gazetteer knows); {@code reasons} says which
   * mentions were resolved by containment (UNRESOLVED for those without a reading).
   */
  static Map<String, GeoEntry> statedUnits(List<Mention> ms, String[] keys,
      Place.Resolution[] reasons, Gazetteer.Candidate[] first) {
    Map<String, GeoEntry> out = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      GeoEntry unit = statedUnit(ms, i, reasons[i] == Place.Resolution.CONTAINMENT, first);
      if (unit != null) {
        out.putIfAbsent(keys[i], unit);
      }
    }
    return out;
  }

  private static @Nullable GeoEntry statedUnit(List<Mention> ms, int i, boolean contained,
      Gazetteer.Candidate[] first) {
    Mention m = ms.get(i);
    int h = m.host();
    if (h < 0 || h != m.qualifier() || first[h] == null || contained) {
      return null;
    }
    GeoEntry unit = first[h].entry();
    Level l = unit.level();
    return l == Level.COUNTRY || l == Level.ADMIN1 || l == Level.ADMIN2 ? unit : null;
  }

  /**
   * Whether mention {@code i} is an item of a list another item of which is a state or province
   * of country {@code cc}: items of a list are of one kind, so "Washington" beside "California"
   * is the state, as beside "New York and Boston" it is the city.
   */
  static boolean listedWithStates(List<Mention> ms, int i, String cc,
      Gazetteer.Candidate[] chosen) {
    Mention m = ms.get(i);
    for (int j = 0; j < ms.size(); j++) {
      Gazetteer.Candidate o = chosen[j];
      if (j != i && o != null && m.siblingOf(ms.get(j)) && o.entry().level() == Level.ADMIN1
          && o.entry().countryIso2().equals(cc)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dateline's name for reading {@code c} of mention {@code i}, when the dateline names it by
   * another name: "CAMP MURRAY, Wash." then "home in Washington" is the state, not the capital,
   * as "Washington" in an article datelined in Washington state is. Null otherwise.
   */
  static @Nullable String datelineNaming(List<Mention> ms, String[] keys, int i,
      Gazetteer.Candidate c, Gazetteer.Candidate[] chosen) {
    if (ms.get(i).source() == Place.Source.DATELINE) {
      return null;
    }
    for (int j = 0; j < ms.size(); j++) {
      Gazetteer.Candidate o = chosen[j];
      if (ms.get(j).source() == Place.Source.DATELINE && o != null && o.index() == c.index()
          && !keys[j].equals(keys[i])) {
        return ms.get(j).text();
      }
    }
    return null;
  }

  /**
   * Whether a state containing {@code e} is named in the sentence of some mention of the same
   * name as mention {@code i} ("El Paso is a village in Woodford County, Illinois" then "El Paso"):
   * one sense per article, so the writer placed them all.
   */
  static boolean stateBesideAnyMention(List<Mention> ms, String[] keys, int i, GeoEntry e,
      Gazetteer.Candidate[] chosen) {
    for (int k = 0; k < ms.size(); k++) {
      if (!keys[k].equals(keys[i])) {
        continue;
      }
      for (int j = 0; j < ms.size(); j++) {
        Gazetteer.Candidate o = chosen[j];
        if (namesStateIn(ms.get(j), o, ms.get(k).sentence())
            && o.entry().countryIso2().equals(e.countryIso2())
            && o.entry().admin1Code().equals(e.admin1Code())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether mention {@code by}, resolved to {@code chosen}, names a state in sentence
   * {@code sentence} outside an organisation's name ("Mississippi State" names a team).
   */
  static boolean namesStateIn(Mention by, Gazetteer.@Nullable Candidate chosen,
      int sentence) {
    return chosen != null && chosen.entry().level() == Level.ADMIN1 && by.sentence() == sentence
        && by.source() != Place.Source.ORGANISATION_NAME;
  }
}
