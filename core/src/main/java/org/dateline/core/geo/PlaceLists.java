package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How neighbouring mentions relate once they are found: "Paris, Texas" (a qualifier) against
 * "Washington, New York and Boston" (a list). Kept apart from {@link MentionFinder} because it
 * reads only the mentions and the text between them, never the tokens or the NER.
 */
final class PlaceLists {
  /**
   * What says a name is in a place: "in", also after a feature word and before a compass word
   * ("the Orinoco area in South Venezuela", "a camp in northern Iraq").
   */
  private static final Pattern LOCATED_IN = Pattern.compile(
      "(?i)(?:(?:area|region|district|zone|neighbou?rhood|township|village|camp|settlement)\\s+)?"
          + "in(?:\\s+(?:the\\s+)?(?:north|south|east|west|central|north-?east|north-?west"
          + "|south-?east|south-?west)(?:ern)?)?");
  /**
   * What says a named place is in another, written after it: "is a town in", ", a village in",
   * "was a small city located in", "is an unincorporated community in northern".
   */
  private static final Pattern IS_A_PLACE_IN = Pattern.compile(
      "(?i)(?:,|(?:,\\s*)?(?:is|was))\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
          + "(?:city|town|village|borough|community|hamlet|township|municipality|suburb"
          + "|settlement|neighbou?rhood|district|place|CDP|county seat|capital)"
          + "(?:\\s*\\([A-Z]+\\))?\\s+(?:located\\s+|situated\\s+)?in"
          + "(?:\\s+(?:the\\s+)?(?:north|south|east|west|central|north-?east|north-?west"
          + "|south-?east|south-?west)(?:ern)?(?:\\s+part\\s+of)?)?(?:\\s+the)?");
  /** What joins the items of a list of places ("A, B and C"). */
  private static final Set<String> LIST_JOINS = Set.of(",", "and", ", and", "or", ", or", "&");
  /** A name that is also a city this big is read as a list item, not a qualifier, in a list. */
  private static final long LIST_CITY_POPULATION = 500_000;

  private PlaceLists() {}

  /**
   * "A in B", A a name the gazetteer lacks: B is where A is ("Collins Avenue in Miami Beach").
   * "A is a town in B": B qualifies A and is where A is, known to the gazetteer or not.
   * "A, B": B qualifies A when B is a country or unit containing one of A's candidates (the
   * resolver checks containment). In a list ("Washington, New York and Boston") B is A's sibling,
   * not its state: when B goes on to a further name and is itself the name of a big city, the
   * comma separates items.
   */
  static List<Mention> link(String text, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    for (int i = 0; i + 1 < out.size(); i++) {
      Mention a = out.get(i);
      Mention b = out.get(i + 1);
      if (separator(text, a, b).equals(",") && a.sentence() == b.sentence()
          && !(i + 2 < out.size() && listGoesOn(text, b, out.get(i + 2)) && bigCity(b))) {
        out.set(i, a.withQualifier(i + 1));
      } else if (a.candidates().isEmpty() && a.sentence() == b.sentence()
          && LOCATED_IN.matcher(separator(text, a, b)).matches()) {
        out.set(i, a.inHost(i + 1));
      } else if (a.sentence() == b.sentence()
          && IS_A_PLACE_IN.matcher(separator(text, a, b)).matches()) {
        out.set(i, a.withQualifier(i + 1).inHost(i + 1));
      }
    }
    return markLists(text, out);
  }

  /**
   * Runs of names joined by commas and a final "and"/"or" in one sentence ("Washington, New York
   * and Boston"); a qualified pair ("Paris, Texas") counts as one item.
   */
  private static List<Mention> markLists(String text, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    int i = 0;
    while (i < out.size()) {
      int j = i;
      boolean conjunction = false;
      while (j + 1 < out.size() && (out.get(j).qualifier() == j + 1
          || listGoesOn(text, out.get(j), out.get(j + 1)))) {
        String sep = separator(text, out.get(j), out.get(j + 1));
        conjunction |= out.get(j).qualifier() != j + 1 && !sep.equals(",");
        j++;
      }
      if (conjunction) {
        for (int k = i; k <= j; k++) {
          // "Texas" of "Paris, Texas" is no item, nor a unit beside its town ("Paris and Henry
          // County"): it may contain the others.
          if ((k == i || out.get(k - 1).qualifier() != k)
              && out.get(k).hint() != Mention.Hint.UNIT) {
            out.set(k, out.get(k).inList(i));
          }
        }
      }
      i = j + 1;
    }
    return out;
  }

  private static String separator(String text, Mention a, Mention b) {
    return text.substring(a.span().end(), Math.max(a.span().end(), b.span().start())).strip();
  }

  private static boolean listGoesOn(String text, Mention b, Mention c) {
    return b.sentence() == c.sentence() && LIST_JOINS.contains(separator(text, b, c));
  }

  private static boolean bigCity(Mention m) {
    return m.candidates().stream().anyMatch(c -> c.primaryName()
        && c.entry().level() == GeoEntry.Level.POPULATED_PLACE
        && c.entry().population() >= LIST_CITY_POPULATION);
  }
}
