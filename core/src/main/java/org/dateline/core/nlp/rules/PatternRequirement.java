package org.dateline.core.nlp.rules;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a sequence must contain for a TokensRegex pattern to match anywhere in it: a condition read
 * off the pattern's expression tree, true of every sequence the pattern can match in. A
 * concatenation needs all its required parts, an alternation one of its branches, a repetition its
 * body when at least once, a single-element pattern one element it accepts. Parts this reading does
 * not know (back references, multi-element patterns, anchors, patterns that evaluate expressions
 * in the rule environment) require nothing, so the condition is only ever weaker than the pattern.
 *
 * <p>Checking one element against a node pattern is far cheaper than running the sequence
 * matcher, which builds branch states at every start position; a rule whose condition fails on a
 * sequence cannot match there and need not run.
 */
sealed interface PatternRequirement {

  /** True when the elements could hold a match; {@code seen} remembers node patterns already checked. */
  boolean holds(List<? extends CoreMap> elements, Map<NodePattern<CoreMap>, Boolean> seen);

  /** The requirement of a compiled pattern; {@link #NONE} if its tree cannot be read. */
  static PatternRequirement of(SequencePattern<?> pattern) {
    try {
      return PatternTree.requirement(PatternTree.root(pattern));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return NONE;
    }
  }

  /** Nothing required: the rule always runs. */
  PatternRequirement NONE = new None();

  /** The requirement that always holds. */
  record None() implements PatternRequirement {
    @Override
    public boolean holds(List<? extends CoreMap> elements, Map<NodePattern<CoreMap>, Boolean> seen) {
      return true;
    }
  }

  /** Some element is accepted by this node pattern. */
  record Element(NodePattern<CoreMap> pattern) implements PatternRequirement {
    @Override
    public boolean holds(List<? extends CoreMap> elements, Map<NodePattern<CoreMap>, Boolean> seen) {
      Boolean known = seen.get(pattern);
      if (known != null) {
        return known;
      }
      boolean found = false;
      try {
        for (CoreMap e : elements) {
          if (e != null && pattern.match(e)) {
            found = true;
            break;
          }
        }
      } catch (RuntimeException e) {
        // The matcher may never have tried this pattern on that element; let the rule run and decide.
        found = true;
      }
      seen.put(pattern, found);
      return found;
    }
  }

  /** Every part holds. */
  record All(List<PatternRequirement> parts) implements PatternRequirement {
    @Override
    public boolean holds(List<? extends CoreMap> elements, Map<NodePattern<CoreMap>, Boolean> seen) {
      for (PatternRequirement p : parts) {
        if (!p.holds(elements, seen)) {
          return false;
        }
      }
      return true;
    }

    static PatternRequirement of(List<PatternRequirement> parts) {
      List<PatternRequirement> kept = new ArrayList<>();
      for (PatternRequirement p : parts) {
        if (p instanceof All all) {
          kept.addAll(all.parts);
        } else if (!(p instanceof None)) {
          kept.add(p);
        }
      }
      return kept.isEmpty() ? NONE : kept.size() == 1 ? kept.get(0) : new All(List.copyOf(kept));
    }
  }

  /** At least one part holds. */
  record AnyOf(List<PatternRequirement> parts) implements PatternRequirement {
    @Override
    public boolean holds(List<? extends CoreMap> elements, Map<NodePattern<CoreMap>, Boolean> seen) {
      for (PatternRequirement p : parts) {
        if (p.holds(elements, seen)) {
          return true;
        }
      }
      return false;
    }

    static PatternRequirement of(List<PatternRequirement> parts) {
      List<PatternRequirement> kept = new ArrayList<>();
      for (PatternRequirement p : parts) {
        if (p instanceof None) {
          return NONE;
        }
        if (p instanceof AnyOf any) {
          kept.addAll(any.parts);
        } else {
          kept.add(p);
        }
      }
      return kept.isEmpty() ? NONE : kept.size() == 1 ? kept.get(0) : new AnyOf(List.copyOf(kept));
    }
  }
}
