package org.dateline.core.geo;

import java.util.List;
import java.util.regex.Pattern;
import org.dateline.core.geo.GazetteerBuilder.Row;

/**
 * Which names of an entry are lookup keys, and which entries a key leads to: the index policy of
 * {@link GazetteerBuilder}, kept apart from how entries are gathered. Stateless.
 */
final class IndexKeys {
  private static final long CITY_INITIALS_POPULATION = 1_000_000;
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2}|(?:\\p{Lu}\\.){2}");

  private IndexKeys() {}

  /**
   * News means the landmark by its name, not a same-named hamlet ("Heathrow", Florida; "White
   * House", Tennessee; "Congress", Arizona), and a resolver scores a landmark (no population) below
   * any town: so a key a landmark answers to leads only to landmarks, countries, admin units and
   * places of {@link GazetteerBuilder#LANDMARK_YIELDS_TO_POPULATION}+ people.
   */
  static void shadowByLandmarks(List<Integer> postings, List<Row> rows) {
    if (postings.stream().noneMatch(p -> rows.get(Gazetteer.postingEntry(p)).landmark)) {
      return;
    }
    postings.removeIf(p -> {
      Row r = rows.get(Gazetteer.postingEntry(p));
      return !r.landmark && r.fclass != 'A'
          && r.pop < GazetteerBuilder.LANDMARK_YIELDS_TO_POPULATION;
    });
  }

  /**
   * A city of a million or more keeps the initials GeoNames gives it ("LA", "L.A." for Los
   * Angeles): news writes them, and they are too short to be kept for any other place.
   */
  static boolean cityInitials(Row r, String alias) {
    return r.fclass == 'P' && r.pop >= CITY_INITIALS_POPULATION
        && INITIALS.matcher(alias).matches();
  }

  /** Aliases in non-Latin scripts or of one or two letters only add noise to English text. */
  static boolean usableAlias(String key) {
    if (key.length() < 3) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c > 'z' || (c < 'a' && c != ' ' && (c < '0' || c > '9'))) {
        return false;
      }
    }
    return true;
  }
}
