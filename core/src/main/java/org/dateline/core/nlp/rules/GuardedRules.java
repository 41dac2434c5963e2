package org.dateline.core.nlp.rules;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A stage's rules, applied in CoreNLP's order to the same input, except that a rule whose
 * {@link PatternRequirement} fails on the input's elements is not run: it could not have matched.
 * Immutable apart from its counters, so one instance may serve several threads.
 *
 * <p>Which node patterns the elements satisfy is remembered across the rules of one call until a
 * rule extracts something, because a rule's action may tag the elements it matched.
 */
final class GuardedRules<I, O> implements SequenceMatchRules.ExtractRule<I, O> {
  private final List<SequenceMatchRules.ExtractRule<I, O>> rules;
  private final List<PatternRequirement> requirements;
  /** Per rule, the annotation holding the elements its pattern runs over; null: the input is the list. */
  private final List<Class<?>> sources;
  private final LongAdder run = new LongAdder();
  private final LongAdder skipped = new LongAdder();

  GuardedRules(
      List<SequenceMatchRules.ExtractRule<I, O>> rules,
      List<PatternRequirement> requirements,
      List<Class<?>> sources) {
    this.rules = List.copyOf(rules);
    this.requirements = List.copyOf(requirements);
    this.sources = Collections.unmodifiableList(new ArrayList<>(sources)); // holds nulls
  }

  @Override
  public boolean extract(I in, List<O> out) {
    boolean extracted = false;
    Map<Class<?>, Map<NodePattern<CoreMap>, Boolean>> seen = new IdentityHashMap<>(4);
    for (int i = 0; i < rules.size(); i++) {
      PatternRequirement required = requirements.get(i);
      if (required != PatternRequirement.NONE) {
        Class<?> source = sources.get(i);
        List<? extends CoreMap> elements = elements(in, source);
        if (elements != null
            && !required.holds(elements, seen.computeIfAbsent(source == null ? List.class : source,
                k -> new IdentityHashMap<>()))) {
          skipped.increment();
          continue;
        }
      }
      run.increment();
      if (rules.get(i).extract(in, out)) {
        extracted = true;
        seen.clear();
      }
    }
    return extracted;
  }

  @SuppressWarnings("unchecked")
  private static List<? extends CoreMap> elements(Object in, Class<?> source) {
    if (source == null) {
      return (List<? extends CoreMap>) in;
    }
    if (source == CoreMap.class) {
      return List.of((CoreMap) in);
    }
    // Anything but a list lets the rule run and decide, as it would have.
    Object value = ((CoreMap) in).get((Class) source);
    return value instanceof List<?> list ? (List<? extends CoreMap>) list : null;
  }

  int size() {
    return rules.size();
  }

  /** Rules that carry a check. */
  int checked() {
    int n = 0;
    for (PatternRequirement r : requirements) {
      n += r == PatternRequirement.NONE ? 0 : 1;
    }
    return n;
  }

  /** Rules run and rules skipped so far. */
  long[] counts() {
    return new long[] {run.sum(), skipped.sum()};
  }
}
