package org.dateline.core.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Counts of people killed, wounded, captured or displaced, read from the patient of a trigger
 * ("two senior militant leaders were killed", "several others were captured", "more than two dozen
 * families ... escape").
 */
final class QuantityReader {
  private QuantityReader() {}

  private static final Map<String, Quantity.Kind> KINDS =
      Map.ofEntries(
          Map.entry("kill", Quantity.Kind.KILLED), Map.entry("massacre", Quantity.Kind.KILLED),
          Map.entry("slaughter", Quantity.Kind.KILLED), Map.entry("execute", Quantity.Kind.KILLED),
          Map.entry("murder", Quantity.Kind.KILLED), Map.entry("assassinate", Quantity.Kind.KILLED),
          Map.entry("wound", Quantity.Kind.WOUNDED), Map.entry("injure", Quantity.Kind.WOUNDED),
          Map.entry("capture", Quantity.Kind.CAPTURED), Map.entry("arrest", Quantity.Kind.CAPTURED),
          Map.entry("detain", Quantity.Kind.CAPTURED), Map.entry("abduct", Quantity.Kind.CAPTURED),
          Map.entry("kidnap", Quantity.Kind.CAPTURED), Map.entry("seize", Quantity.Kind.CAPTURED),
          Map.entry("flee", Quantity.Kind.DISPLACED), Map.entry("escape", Quantity.Kind.DISPLACED),
          Map.entry("displace", Quantity.Kind.DISPLACED), Map.entry("evacuate", Quantity.Kind.DISPLACED));

  private static final Map<String, Long> NUMBERS =
      Map.ofEntries(
          Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
          Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
          Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
          Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
          Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
          Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L),
          Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L),
          Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("a", 1L), Map.entry("an", 1L));
  private static final Map<String, Long> MULTIPLIERS =
      Map.of("dozen", 12L, "hundred", 100L, "thousand", 1000L, "million", 1_000_000L, "score", 20L);
  private static final Map<String, Quantity.Qualifier> VAGUE =
      Map.ofEntries(
          Map.entry("several", Quantity.Qualifier.SEVERAL), Map.entry("some", Quantity.Qualifier.SEVERAL),
          Map.entry("few", Quantity.Qualifier.SEVERAL), Map.entry("many", Quantity.Qualifier.MANY),
          Map.entry("numerous", Quantity.Qualifier.MANY), Map.entry("dozens", Quantity.Qualifier.MANY),
          Map.entry("hundreds", Quantity.Qualifier.MANY), Map.entry("thousands", Quantity.Qualifier.MANY),
          Map.entry("scores", Quantity.Qualifier.MANY));

  static List<Quantity> quantities(Parse p, int trigger, boolean noun, String text) {
    Quantity.Kind kind = KINDS.get(p.lemma(trigger));
    if (kind == null || noun) {
      return List.of();
    }
    List<Integer> patients = new ArrayList<>();
    if (kind == Quantity.Kind.DISPLACED) {
      patients.addAll(p.dependents(trigger, "nsubj"));
    }
    patients.addAll(p.dependents(trigger, "nsubj:pass"));
    patients.addAll(p.dependents(trigger, "obj"));
    if (patients.isEmpty() && kind == Quantity.Kind.DISPLACED) {
      int subject = Arguments.inheritedSubject(p, trigger);
      if (subject >= 0) {
        patients.add(subject);
      }
    }
    List<Quantity> out = new ArrayList<>();
    for (int patient : patients) {
      Quantity q = count(p, patient, kind, text);
      if (q != null) {
        out.add(q);
        break;
      }
    }
    return out;
  }

  private static @Nullable Quantity count(Parse p, int noun, Quantity.Kind kind, String text) {
    String lemma = p.word(noun);
    if (VAGUE.containsKey(lemma)) {
      return quantity(p, kind, null, VAGUE.get(lemma), noun, noun, text);
    }
    for (Dependency d : p.children(noun)) {
      int c = d.dependent();
      if (d.relation().equals("nummod")) {
        BitSet phrase = p.subtree(c);
        int first = phrase.nextSetBit(0);
        int last = phrase.length() - 1;
        Long value = value(p, phrase);
        Quantity.Qualifier qualifier = qualifier(p, phrase);
        if (value == null) {
          return null;
        }
        return quantity(p, kind, value, qualifier, first, last, text);
      }
      if ((d.relation().equals("amod") || d.relation().equals("det")) && VAGUE.containsKey(p.word(c))) {
        return quantity(p, kind, null, VAGUE.get(p.word(c)), c, c, text);
      }
    }
    return null;
  }

  private static @Nullable Long value(Parse p, BitSet phrase) {
    long total = 0;
    long current = 0;
    boolean any = false;
    for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
      String w = p.word(i).replace(",", "");
      if (w.matches("\\d+(\\.\\d+)?")) {
        current += (long) Double.parseDouble(w);
        any = true;
      } else if (NUMBERS.containsKey(w) && !(w.equals("a") || w.equals("an")) ) {
        current += NUMBERS.get(w);
        any = true;
      } else if (MULTIPLIERS.containsKey(w)) {
        current = (current == 0 ? 1 : current) * MULTIPLIERS.get(w);
        if (MULTIPLIERS.get(w) >= 1000) {
          total += current;
          current = 0;
        }
        any = true;
      }
    }
    return any ? total + current : null;
  }

  private static Quantity.Qualifier qualifier(Parse p, BitSet phrase) {
    StringBuilder words = new StringBuilder();
    for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
      words.append(p.word(i)).append(' ');
    }
    String w = words.toString();
    if (w.startsWith("more than") || w.startsWith("over ")) {
      return Quantity.Qualifier.MORE_THAN;
    }
    if (w.startsWith("at least")) {
      return Quantity.Qualifier.AT_LEAST;
    }
    if (w.startsWith("about") || w.startsWith("around") || w.startsWith("nearly") || w.startsWith("almost")
        || w.startsWith("approximately") || w.startsWith("some ") || w.startsWith("roughly")) {
      return Quantity.Qualifier.ABOUT;
    }
    if (w.startsWith("up to") || w.startsWith("fewer than") || w.startsWith("less than")) {
      return Quantity.Qualifier.AT_MOST;
    }
    return Quantity.Qualifier.EXACT;
  }

  private static Quantity quantity(
      Parse p, Quantity.Kind kind, @Nullable Long value, Quantity.Qualifier q, int first, int last, String text) {
    Span s = new Span(p.token(first).span().start(), p.token(last).span().end());
    return new Quantity(kind, value, q, s, s.of(text));
  }
}
