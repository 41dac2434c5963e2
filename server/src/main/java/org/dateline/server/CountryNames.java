package org.dateline.server;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** English country names for ISO 3166 alpha-3 codes, from the platform's tables. */
final class CountryNames {
  private static final Map<String, String> BY_ALPHA3 = new HashMap<>();

  static {
    for (String alpha2 : Locale.getISOCountries()) {
      Locale l = new Locale("", alpha2);
      BY_ALPHA3.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
    }
  }

  private CountryNames() {}

  /** The name, or null for a code the platform does not know. */
  static @Nullable String of(String alpha3) {
    return BY_ALPHA3.get(alpha3);
  }
}
