package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A name the gazetteer lacks whose words hold a place it knows beside feature words: "Lake
 * Manassas", "Old Town Manassas", "Colchester Hospital", "Dulles International Airport", "Windsor
 * Castle". An institution named after its town (a hospital, an airport, a football club's
 * "City") lies in it, so the mention takes the town's readings and the resolver picks among them
 * with the article's evidence as for any name. Streets, parks, lakes and valleys are as often
 * named after people or distant places ("Atlantic Avenue", "Griffith Park", "Lake Vermont" in
 * Minnesota), so for them the place must also be named on its own in the article ("Lake Manassas"
 * beside "Manassas").
 */
final class ContainedName {
  private ContainedName() {}

  /**
   * The place part and its readings.
   *
   * @param namedAfter the feature word is one of those often named after something else
   */
  record Match(String name, List<Gazetteer.Candidate> candidates, boolean namedAfter) {}

  /** Words before the place: "Old Town Alexandria", "Lake Manassas". */
  private static final Set<String> LEADING = Set.of("old", "town", "downtown", "lake");

  /**
   * Words after the place; stripped repeatedly ("International Airport", "Village Center"). Those
   * of {@link #NAMED_AFTER} need the place named on its own too.
   */
  private static final Set<String> TRAILING = Set.of("hospital", "general", "airport",
      "international", "regional", "municipal", "estate", "castle", "palace", "cathedral", "stadium", "station",
      "port", "village", "center", "centre", "city", "university", "college", "prison", "jail",
      "base", "park", "street", "square", "canal", "bridge", "harbour", "harbor", "lake",
      "reservoir", "bay", "beach", "valley", "creek", "road", "avenue", "mall", "market");

  /** Features often named after something else than the place they lie in. */
  private static final Set<String> NAMED_AFTER = Set.of("lake", "park", "street", "square",
      "canal", "bridge", "harbour", "harbor", "reservoir", "bay", "beach", "valley", "creek",
      "road", "avenue", "mall", "market");

  /** The place inside {@code name}, or null when there is none or no feature word to strip. */
  static @Nullable Match find(String name, Gazetteer gazetteer) {
    Stripped s = strip(name);
    if (s == null) {
      return null;
    }
    List<Gazetteer.Candidate> cands = gazetteer.lookup(s.inner());
    return cands.isEmpty() ? null : new Match(s.inner(), cands, s.namedAfter());
  }

  /** The words left once the feature words are stripped, and what the stripped words say. */
  private record Stripped(String inner, boolean namedAfter) {}

  /** {@code name} without its leading and trailing feature words, or null when it has none. */
  private static @Nullable Stripped strip(String name) {
    List<String> words = Arrays.asList(name.trim().split("\\s+"));
    int from = 0;
    int to = words.size();
    boolean namedAfter = false;
    while (from < to - 1 && LEADING.contains(lower(words.get(from)))) {
      namedAfter |= NAMED_AFTER.contains(lower(words.get(from)));
      from++;
    }
    while (to > from + 1 && TRAILING.contains(lower(words.get(to - 1)))) {
      namedAfter |= NAMED_AFTER.contains(lower(words.get(to - 1)));
      to--;
    }
    if (from == 0 && to == words.size()) {
      return null;
    }
    return new Stripped(String.join(" ", words.subList(from, to)), namedAfter);
  }

  /**
   * The mentions with each street, park or lake that holds a place not named on its own in the
   * article turned back into a name the gazetteer lacks.
   */
  static List<Mention> confirm(List<Mention> ms) {
    Set<String> own = new HashSet<>();
    for (Mention m : ms) {
      if (m.within() == null) {
        own.add(NameNormalizer.key(m.text()));
      }
    }
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      // m.within() is what find() took from this very text, so only the feature words are read
      // again, not the gazetteer.
      boolean namedAfter = m.within() != null && strip(m.text()).namedAfter();
      out.add(namedAfter && !own.contains(NameNormalizer.key(m.within())) ? m.withoutWithin() : m);
    }
    return out;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
