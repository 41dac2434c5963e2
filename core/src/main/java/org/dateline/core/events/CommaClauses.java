package org.dateline.core.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * PETRARCH's comma-clause deletion: a comma-delimited stretch of a sentence whose length in words
 * falls within the bounds for its place (initial, internal, terminal) is an aside, and nothing in
 * it is coded: no trigger, no actor. Lengths count words, not punctuation; a maximum of 0 turns
 * that place off. A comma inside a noun phrase ("complete, full diplomatic ties", "Dagolath, its
 * biggest partner") delimits no clause, as in PETRARCH, which only cuts clauses of the parse.
 *
 * @param min internal clause minimum length ({@code comma_min})
 * @param max internal clause maximum length ({@code comma_max})
 * @param bmin initial clause minimum length ({@code comma_bmin})
 * @param bmax initial clause maximum length ({@code comma_bmax})
 * @param emin terminal clause minimum length ({@code comma_emin})
 * @param emax terminal clause maximum length ({@code comma_emax})
 */
public record CommaClauses(int min, int max, int bmin, int bmax, int emin, int emax) {
  /** Nothing deleted: the coder's default, since news prose puts real events between commas. */
  public static final CommaClauses OFF = new CommaClauses(0, 0, 0, 0, 0, 0);

  /** PETRARCH's (and TABARI's) defaults: internal and terminal clauses of 2 to 8 words. */
  public static final CommaClauses PETRARCH = new CommaClauses(2, 8, 0, 0, 2, 8);

  public CommaClauses {
    if (min < 0 || max < 0 || bmin < 0 || bmax < 0 || emin < 0 || emax < 0) {
      throw new IllegalArgumentException("comma clause lengths must not be negative");
    }
  }

  /** The same bounds with one PETRARCH option ({@code comma_min}, ... {@code comma_emax}) changed. */
  public CommaClauses with(String option, int value) {
    return switch (option.toLowerCase(java.util.Locale.ROOT)) {
      case "comma_min" -> new CommaClauses(value, max, bmin, bmax, emin, emax);
      case "comma_max" -> new CommaClauses(min, value, bmin, bmax, emin, emax);
      case "comma_bmin" -> new CommaClauses(min, max, value, bmax, emin, emax);
      case "comma_bmax" -> new CommaClauses(min, max, bmin, value, emin, emax);
      case "comma_emin" -> new CommaClauses(min, max, bmin, bmax, value, emax);
      case "comma_emax" -> new CommaClauses(min, max, bmin, bmax, emin, value);
      default -> throw new IllegalArgumentException("not a comma option: " + option
          + " (expected comma_min, comma_max, comma_bmin, comma_bmax, comma_emin or comma_emax)");
    };
  }

  boolean off() {
    return max == 0 && bmax == 0 && emax == 0;
  }

  /** The tokens of the sentence's deleted clauses (commas included). */
  BitSet deleted(Parse p) {
    BitSet out = new BitSet();
    if (off()) {
      return out;
    }
    List<Integer> commas = new ArrayList<>();
    for (int i = 1; i < p.size() - 1; i++) {
      if (p.word(i).equals(",") && !insideNounPhrase(p, i)) {
        commas.add(i);
      }
    }
    if (commas.isEmpty()) {
      return out;
    }
    int end = p.size();
    while (end > 0 && punctuation(p, end - 1)) {
      end--;
    }
    cut(p, out, 0, commas.get(0), bmin, bmax);
    for (int k = 0; k + 1 < commas.size(); k++) {
      cut(p, out, commas.get(k) + 1, commas.get(k + 1), min, max);
    }
    int last = commas.get(commas.size() - 1);
    if (last < end) {
      cut(p, out, last + 1, end, emin, emax);
    }
    return out;
  }

  private static void cut(Parse p, BitSet out, int from, int to, int lo, int hi) {
    int words = 0;
    for (int i = from; i < to; i++) {
      words += punctuation(p, i) ? 0 : 1;
    }
    if (hi > 0 && words >= lo && words <= hi) {
      out.set(from, to);
    }
  }

  /**
   * A comma attached to a noun or adjective whose own phrase, without the clauses hanging from it,
   * holds the words on both sides of the comma.
   */
  private static boolean insideNounPhrase(Parse p, int comma) {
    for (org.dateline.core.model.Dependency d : p.sentence.dependencies()) {
      if (d.dependent() == comma && d.relation().equals("punct") && d.governor() >= 0) {
        String pos = p.token(d.governor()).pos();
        if (!pos.startsWith("NN") && !pos.startsWith("JJ")) {
          return false;
        }
        BitSet phrase = nominal(p, d.governor());
        return phrase.get(comma - 1) && phrase.get(comma + 1);
      }
    }
    return false;
  }

  private static BitSet nominal(Parse p, int head) {
    BitSet seen = new BitSet();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    todo.push(head);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (seen.get(t)) {
        continue;
      }
      seen.set(t);
      for (org.dateline.core.model.Dependency d : p.children(t)) {
        if (!CLAUSAL.contains(d.relation().split(":")[0])) {
          todo.push(d.dependent());
        }
      }
    }
    return seen;
  }

  private static final java.util.Set<String> CLAUSAL =
      java.util.Set.of("acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "dep", "ref");

  private static boolean punctuation(Parse p, int i) {
    return !Character.isLetterOrDigit(p.word(i).codePointAt(0));
  }
}
