package org.dateline.core.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.core.events.EventCoder.Found;
import org.dateline.core.model.Dependency;
import org.jspecify.annotations.Nullable;

/**
 * The first phase of coding a sentence: which of its triggers are no event of their own but part
 * of another's ("offensive to recapture", "imposed sanctions", "called off the strike"). Apart
 * from {@link EventCoder} because it reads only the parse and the triggers found, never actors.
 */
final class TriggerMerges {
  /** Verbs that only carry the event named by their object noun ("imposed a curfew", "staged a protest"). */
  private static final Set<String> LIGHT_VERBS =
      Set.of("impose", "launch", "stage", "hold", "conduct", "carry", "mount", "lodge", "reach", "issue", "make",
          "begin", "continue", "resume", "start", "wage", "announce", "declare", "extend", "tighten", "step",
          "strike", "call", "hit", "receive", "give", "send");
  /** Verbs that undo a restriction named by their object ("lifted the curfew", "called off the strike"). */
  private static final Set<String> REVERSALS = Set.of("lift", "cancel", "end", "ease", "remove", "scrap", "shorten",
      "relax", "rescind", "revoke", "call");
  private static final Set<String> RESTRICTIONS =
      Set.of("restriction", "ban", "sanction", "curfew", "embargo", "blockade", "siege", "limit", "limitation",
          "control", "closure", "strike", "boycott", "state");
  private static final Set<PloverType> RESTRICTIVE = Set.of(PloverType.COERCE, PloverType.SANCTION, PloverType.PROTEST);

  private TriggerMerges() {}

  /** The tokens of the triggers that merge into another trigger's event. */
  static Set<Integer> merged(Parse p, List<Found> found) {
    Set<Integer> merged = new LinkedHashSet<>();
    for (Found f : found) {
      Found host = hostOf(p, f, found);
      if (host != null) {
        merged.add(f.token());
      }
      if (reverses(p, f, found)) {
        for (int o : p.dependents(f.token(), "obj")) {
          found.stream().filter(g -> g.noun() && g.token() == o).forEach(g -> merged.add(g.token()));
        }
        continue; // "called off the strike": the easing is the event, the verb is no light verb here
      }
      if (!f.noun() && LIGHT_VERBS.contains(p.lemma(f.token()))) {
        for (int o : p.dependents(f.token(), "obj")) {
          if (found.stream().anyMatch(g -> g.noun() && g.token() == o)) {
            merged.add(f.token()); // "imposed sanctions": the noun says what happened
          }
        }
      }
    }
    return merged;
  }

  /** Whether a verb undoes the restriction its object names ("lifted the curfew", "cancelled restrictions"). */
  static boolean reverses(Parse p, Found f, List<Found> found) {
    if (f.noun() || !REVERSALS.contains(p.lemma(f.token()))) {
      return false;
    }
    for (int o : p.dependents(f.token(), "obj")) {
      if (RESTRICTIONS.contains(p.lemma(o))
          || found.stream().anyMatch(g -> g.noun() && g.token() == o && RESTRICTIVE.contains(g.trigger().type()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun trigger of the same type that this verb trigger elaborates, if any: "the offensive to
   * recapture" (the verb modifies the noun, has it as subject, or complements the noun's verb).
   */
  static @Nullable Found hostOf(Parse p, Found f, List<Found> all) {
    if (f.noun()) {
      return null;
    }
    Dependency up = p.parent(f.token());
    for (Found g : all) {
      if (!g.noun() || g.trigger().type() != f.trigger().type()) {
        continue;
      }
      if (up != null && up.governor() == g.token()) {
        return g;
      }
      for (Dependency d : p.children(f.token())) {
        if (d.dependent() == g.token() && d.relation().startsWith("nsubj")) {
          return g;
        }
      }
      int anchor = Arguments.anchor(p, g.token(), true);
      if (up != null && anchor != g.token() && up.governor() == anchor
          && (up.relation().equals("xcomp") || up.relation().startsWith("advcl"))) {
        return g;
      }
    }
    return null;
  }
}
