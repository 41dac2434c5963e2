package org.dateline.core.nlp.rules;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a compiled TokensRegex pattern's expression tree. CoreNLP keeps the tree's parts in
 * private fields with no accessors, so they are read reflectively, by name, from the CoreNLP
 * version the build pins; a tree this class cannot read yields {@link PatternRequirement#NONE},
 * which only costs speed ({@link RuleTriggersTest} fails if that happens to SUTime's rules).
 */
final class PatternTree {
  private PatternTree() {}

  static Object root(SequencePattern<?> pattern) throws ReflectiveOperationException {
    return field(pattern, "patternExpr");
  }

  @SuppressWarnings("unchecked")
  static PatternRequirement requirement(Object expr) throws ReflectiveOperationException {
    if (expr instanceof SequencePattern.NodePatternExpr) {
      NodePattern<CoreMap> p = (NodePattern<CoreMap>) field(expr, "nodePattern");
      return checkable(p) ? new PatternRequirement.Element(p) : PatternRequirement.NONE;
    }
    if (expr instanceof SequencePattern.SequencePatternExpr || expr instanceof SequencePattern.AndPatternExpr) {
      // Both need every part: one after another, or all over the same stretch.
      return PatternRequirement.All.of(parts(field(expr, "patterns")));
    }
    if (expr instanceof SequencePattern.OrPatternExpr) {
      return PatternRequirement.AnyOf.of(parts(field(expr, "patterns")));
    }
    if (expr instanceof SequencePattern.RepeatPatternExpr) {
      int min = (Integer) field(expr, "minMatch");
      return min > 0 ? requirement(field(expr, "pattern")) : PatternRequirement.NONE;
    }
    if (expr instanceof SequencePattern.GroupPatternExpr) {
      return requirement(field(expr, "pattern"));
    }
    if (expr instanceof SequencePattern.ValuePatternExpr) {
      return requirement(field(expr, "expr"));
    }
    // Back references, multi-element patterns, anchors: nothing known.
    return PatternRequirement.NONE;
  }

  private static List<PatternRequirement> parts(Object list) throws ReflectiveOperationException {
    List<PatternRequirement> out = new ArrayList<>();
    for (Object e : (List<?>) list) {
      out.add(requirement(e));
    }
    return out;
  }

  /**
   * False when the node pattern, or one it combines, evaluates rule-environment expressions: they
   * may depend on the environment's state during a match.
   */
  static boolean checkable(NodePattern<?> p) throws ReflectiveOperationException {
    if (p instanceof CoreMapExpressionNodePattern) {
      return false;
    }
    if (p instanceof NodePattern.ConjNodePattern || p instanceof NodePattern.DisjNodePattern) {
      for (Object part : (List<?>) field(p, "nodePatterns")) {
        if (!checkable((NodePattern<?>) part)) {
          return false;
        }
      }
    } else if (p instanceof NodePattern.NegateNodePattern) {
      return checkable((NodePattern<?>) field(p, "p"));
    }
    return true;
  }

  /** The value of a declared field of the object's class or a superclass. */
  static Object field(Object o, String name) throws ReflectiveOperationException {
    for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new NoSuchFieldException(o.getClass().getName() + "." + name);
  }

  static void set(Object o, String name, Object value) throws ReflectiveOperationException {
    for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(o, value);
        return;
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new NoSuchFieldException(o.getClass().getName() + "." + name);
  }
}
