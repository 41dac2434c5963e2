package org.dateline.core.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Country entries from the platform's ISO 3166 tables ({@link Locale#getISOCountries()}): every
 * country's English name under its alpha-3 code. Demonyms and alternate spellings come from the
 * shipped {@code countries.tsv}.
 */
final class Countries {
  private Countries() {}

  static List<ActorEntry> fromPlatform() {
    List<ActorEntry> out = new ArrayList<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale l = new Locale("", alpha2);
      String alpha3;
      try {
        alpha3 = l.getISO3Country();
      } catch (MissingResourceException e) {
        continue; // a code without an alpha-3 equivalent is not a country we can code
      }
      String name = l.getDisplayCountry(Locale.ENGLISH);
      if (alpha3.isEmpty() || name.isEmpty() || name.equals(alpha2)) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      names.add(name.replace('\u2019', '\''));
      // "Myanmar (Burma)", "Congo - Kinshasa": also match the part before the qualifier.
      String shortName = name.replaceAll("\\s*\\(.*\\)", "").replaceAll("\\s+-\\s+.*", "").strip();
      if (!shortName.isEmpty()) {
        names.add(shortName);
      }
      out.add(
          new ActorEntry(
              ActorKind.COUNTRY, alpha3, alpha3, List.of(), List.copyOf(names), null, null, null, null,
              "ISO 3166 (platform locale data)"));
    }
    return out;
  }
}
