package org.dateline.core.geo;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Words for peoples, regions and faiths that are not tied to one country ("Kurdish", "Shiite",
 * "Western"): like country demonyms they describe actors, never places. Country demonyms come
 * from the gazetteer's country data; this list covers the rest. Immutable.
 */
public final class Demonyms {
  private static final Set<String> PEOPLES = Set.of(
      "kurd", "kurdish", "kurds", "arab", "arabs", "arabic", "shiite", "shiites", "shia", "sunni",
      "sunnis", "alawite", "alawites", "druze", "yazidi", "yazidis", "turkmen", "assyrian",
      "pashtun", "pashtuns", "baluch", "hazara", "tajik", "uzbek", "tamil", "sikh", "hindu",
      "muslim", "muslims", "christian", "christians", "jewish", "jew", "jews", "catholic",
      "western", "westerner", "westerners", "eastern", "europeans", "africans", "asians",
      "latino", "latina", "latinos", "hispanic", "hispanics", "arctic", "islamist", "islamists",
      "jihadi", "jihadist", "jihadists",
      "persian", "berber", "bedouin", "roma", "basque", "catalan", "flemish", "walloon", "scottish",
      "welsh", "english", "irish", "texan", "texans", "californian", "californians", "american",
      "americans", "british", "brit", "brits", "soviet", "native american", "anglo");

  /** Adjectives of continents and world regions, with the region's name in the gazetteer. */
  private static final Map<String, String> REGIONS = Map.of(
      "european", "Europe", "african", "Africa", "asian", "Asia",
      "north american", "North America", "south american", "South America",
      "central american", "Central America", "latin american", "Latin America",
      "middle eastern", "Middle East", "kurdish", "Kurdistan");

  /**
   * Adjectives of the nations within a country, with the nation's name and its country's ISO
   * code: "English" is British and names England.
   */
  private static final Map<String, String[]> NATIONS = Map.of(
      "english", new String[] {"GB", "England"}, "scottish", new String[] {"GB", "Scotland"},
      "welsh", new String[] {"GB", "Wales"},
      "northern irish", new String[] {"GB", "Northern Ireland"});

  private Demonyms() {}

  /** The region an adjective refers to ("European" → "Europe"), or null. */
  public static String regionOf(String word) {
    return REGIONS.get(NameNormalizer.normalize(word));
  }

  /** The nation and its country's ISO code an adjective refers to ("English" → GB, England). */
  static String @Nullable [] nationOf(String word) {
    return NATIONS.get(NameNormalizer.normalize(word));
  }

  /**
   * True for a word that names a people, region's inhabitants or faith, or a region's adjective,
   * in any case.
   */
  public static boolean isPeople(String word) {
    String key = NameNormalizer.normalize(word);
    return PEOPLES.contains(key) || REGIONS.containsKey(key);
  }
}
