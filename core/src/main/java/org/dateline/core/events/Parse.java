package org.dateline.core.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/** Navigation over one sentence's dependency graph (enhanced++ may give a token several parents). */
final class Parse {
  final Sentence sentence;
  private final List<List<Dependency>> children = new ArrayList<>();
  private final List<List<Dependency>> parents = new ArrayList<>();

  Parse(Sentence sentence) {
    this.sentence = sentence;
    for (int i = 0; i < sentence.tokens().size(); i++) {
      children.add(new ArrayList<>());
      parents.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.governor() >= 0) {
        children.get(d.governor()).add(d);
      }
      parents.get(d.dependent()).add(d);
    }
  }

  int size() {
    return children.size();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(java.util.Locale.ROOT);
  }

  String word(int i) {
    return token(i).word().toLowerCase(java.util.Locale.ROOT);
  }

  List<Dependency> children(int i) {
    return children.get(i);
  }

  /** The tree parent: the first incoming edge that is not a conjunct or reference copy. */
  @Nullable Dependency parent(int i) {
    Dependency fallback = null;
    for (Dependency d : parents.get(i)) {
      if (d.relation().equals("ref")) {
        continue;
      }
      if (d.relation().contains("xsubj") || d.relation().startsWith("conj")) {
        fallback = fallback == null ? d : fallback;
        continue;
      }
      return d;
    }
    return fallback;
  }

  /** Children of {@code i} whose relation is {@code rel} or starts with {@code rel + ":"}. */
  List<Integer> dependents(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children.get(i)) {
      String r = d.relation();
      if (r.equals(rel) || r.startsWith(rel + ":")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  boolean hasChild(int i, String rel) {
    return !dependents(i, rel).isEmpty();
  }

  /** Tokens reachable from {@code i} through child edges (including {@code i}). */
  BitSet subtree(int i) {
    BitSet seen = new BitSet();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(i);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (seen.get(t)) {
        continue;
      }
      seen.set(t);
      for (Dependency d : children.get(t)) {
        if (!d.relation().equals("ref")) {
          todo.push(d.dependent());
        }
      }
    }
    return seen;
  }

  /** Steps from {@code i} to the root along tree parents. */
  int depth(int i) {
    int n = 0;
    Dependency p = parent(i);
    while (p != null && p.governor() >= 0 && n < size()) {
      n++;
      p = parent(p.governor());
    }
    return n;
  }

  /** Index of the token whose span contains {@code offset}, or -1. */
  int tokenAt(int offset) {
    return sentence.tokenAt(offset);
  }
}
