package org.dateline.core.events;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dateline.core.actors.ActorIndex;
import org.dateline.core.model.Dependency;
import org.jspecify.annotations.Nullable;

/**
 * Matches imported PETRARCH verb patterns around a verb: elements in order, {@code _}-joined ones
 * consecutive, elements after the verb inside the verb's phrase (its subtree without its subject),
 * actor slots on tokens that carry an actor; a word matches its written form only, as PETRARCH does
 * no stemming ("* RESOLUTION" misses "resolutions"), a stem ending in {@code *} any form. The most specific matching pattern wins (most words;
 * on a tie, the first in the dictionary). Stateless.
 */
final class PatternMatcher {
  private PatternMatcher() {}

  /** Edges inside a base noun phrase (determiner, modifiers, compound words, possessor, preposition). */
  private static final java.util.Set<String> BASE_PHRASE =
      java.util.Set.of("det", "amod", "compound", "flat", "nummod", "nmod:poss", "case", "det:predet");

  /** A matched pattern and the tokens its slots bound. */
  record Match(VerbPattern pattern, Map<VerbPattern.Slot, Integer> slots) {}

  static @Nullable Match best(Parse p, int verb, List<VerbPattern> candidates, ActorIndex actors) {
    if (candidates.isEmpty()) {
      return null;
    }
    BitSet phrase = p.subtree(verb);
    for (Dependency d : p.children(verb)) {
      if (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj")) {
        phrase.andNot(p.subtree(d.dependent()));
      }
    }
    BitSet preceding = new BitSet();
    preceding.set(0, verb);
    Match best = null;
    for (VerbPattern vp : candidates) {
      if (vp.size() == 0 || best != null && vp.size() <= best.pattern().size()) {
        continue;
      }
      Map<VerbPattern.Slot, Integer> slots = new EnumMap<>(VerbPattern.Slot.class);
      Ctx before = new Ctx(p, actors, preceding, slots);
      Ctx after = new Ctx(p, actors, phrase, slots);
      int end = vp.touchesVerb() ? verb : -1;
      if (before.match(vp.before(), 0, 0, end, false) && after.match(vp.after(), 0, verb + 1, -1, false)) {
        best = new Match(vp, Map.copyOf(slots));
      }
    }
    return best;
  }

  /** One side of the verb: the tokens elements may match and the slot bindings made so far. */
  private record Ctx(Parse p, ActorIndex actors, BitSet region, Map<VerbPattern.Slot, Integer> slots) {
    /**
     * Whether {@code elements[k..]} match from token {@code from} on.
     *
     * @param mustEndAt the token the last element must end right before, or -1
     * @param firstTouches whether element 0 must start at {@code from}
     */
    boolean match(List<VerbPattern.Element> elements, int k, int from, int mustEndAt, boolean firstTouches) {
      if (k == elements.size()) {
        return mustEndAt < 0 || from == mustEndAt || elements.isEmpty();
      }
      VerbPattern.Element e = elements.get(k);
      boolean fixed = e.adjacent() || k == 0 && firstTouches;
      int last = fixed ? from : p.size() - 1;
      for (int s = from; s <= last; s++) {
        if (!region.get(s)) {
          continue;
        }
        if (e.slot() == VerbPattern.Slot.SKIP) {
          if (match(elements, k + 1, chunkEnd(s) + 1, mustEndAt, false)) {
            return true;
          }
          continue;
        }
        if (e.slot() != null) {
          if (!actors.at(p.sentence.index(), s).isEmpty()) {
            Integer previous = slots.put(e.slot(), s);
            if (match(elements, k + 1, s + 1, mustEndAt, false)) {
              return true;
            }
            restore(e.slot(), previous);
          }
          continue;
        }
        for (List<String> words : e.phrases()) {
          int end = phraseAt(words, s);
          if (end > 0 && match(elements, k + 1, end, mustEndAt, false)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * The last token of the base noun phrase that token {@code s} starts or belongs to, its
     * preposition included and its own "of" or clause modifiers left out: {@code ^} skips a whole
     * phrase ("celebrated Iftar at ^ ^ +": "Osgiliath", "with the parliament", then "of Gondor").
     */
    private int chunkEnd(int s) {
      int head = s;
      for (int step = 0; step < 4; step++) {
        Dependency up = p.parent(head);
        if (up == null || up.governor() < 0 || !BASE_PHRASE.contains(up.relation())) {
          break;
        }
        head = up.governor();
      }
      int end = Math.max(s, head);
      List<Integer> todo = new java.util.ArrayList<>(List.of(head));
      while (!todo.isEmpty()) {
        int t = todo.remove(todo.size() - 1);
        for (Dependency d : p.children(t)) {
          if (BASE_PHRASE.contains(d.relation())) {
            end = Math.max(end, d.dependent());
            todo.add(d.dependent());
          }
        }
      }
      return end;
    }

    private void restore(VerbPattern.Slot slot, @Nullable Integer previous) {
      if (previous == null) {
        slots.remove(slot);
      } else {
        slots.put(slot, previous);
      }
    }

    /** The token after {@code words} matched consecutively from {@code s}, or -1. */
    private int phraseAt(List<String> words, int s) {
      int t = s;
      for (String w : words) {
        if (t >= p.size() || !region.get(t) || !matches(w, t)) {
          return -1;
        }
        t++;
      }
      return t;
    }

    private boolean matches(String w, int t) {
      String word = p.word(t);
      String lemma = p.lemma(t);
      if (w.endsWith("*")) {
        String stem = w.substring(0, w.length() - 1);
        return word.startsWith(stem) || lemma.startsWith(stem);
      }
      return word.equals(w); // not the lemma: PETRARCH's validation records ask for a failed match (SYNSET-21b)
    }
  }
}
