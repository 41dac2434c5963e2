package org.dateline.core.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * A tree view of one sentence's enhanced++ dependency graph: each token keeps one governor (the
 * first listed edge that is not an enhanced-only copy and does not close a cycle), so subtrees are
 * well defined. Immutable once built.
 */
final class ParseTree {
  private static final int NONE = -2;
  private final Sentence sentence;
  private final int[] parent;
  private final String[] relation;
  private final List<List<Integer>> children;

  ParseTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    parent = new int[n];
    relation = new String[n];
    Arrays.fill(parent, NONE);
    Arrays.fill(relation, "");
    // The enhanced graph also links a relative clause's verb back to its antecedent ("Mitchell,
    // who served ..., said": served -nsubj-> Mitchell), sometimes listed before the antecedent's
    // own edge; that copy would cut the antecedent from the main verb.
    Set<Long> relativeClauses = new HashSet<>();
    for (Dependency d : sentence.dependencies()) {
      if (d.relation().startsWith("acl:relcl") && d.governor() >= 0) {
        relativeClauses.add(pair(d.dependent(), d.governor()));
      }
    }
    for (Dependency d : sentence.dependencies()) {
      String rel = d.relation();
      // ref and xsubj edges are enhanced-only copies; a token keeps its first basic-looking edge.
      if (rel.equals("ref") || rel.endsWith(":xsubj") || parent[d.dependent()] != NONE
          || relativeClauses.contains(pair(d.governor(), d.dependent()))) {
        continue;
      }
      if (d.governor() >= 0 && reaches(d.governor(), d.dependent())) {
        continue;
      }
      parent[d.dependent()] = d.governor();
      relation[d.dependent()] = rel;
    }
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        children.get(parent[i]).add(i);
      }
    }
  }

  private static long pair(int governor, int dependent) {
    return ((long) governor << 32) | (dependent & 0xffffffffL);
  }

  private boolean reaches(int from, int target) {
    int current = from;
    for (int hops = 0; current >= 0 && hops <= parent.length; hops++) {
      if (current == target) {
        return true;
      }
      current = parent[current];
    }
    return false;
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return parent.length;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String word(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    return token(i).pos();
  }

  boolean isVerb(int i) {
    return pos(i).startsWith("VB");
  }

  boolean isNoun(int i) {
    return pos(i).startsWith("NN");
  }

  /** The governor of {@code i}, or -1 for a root or a token outside the parse. */
  int parent(int i) {
    return parent[i] < 0 ? -1 : parent[i];
  }

  /** The relation to its governor ("nsubj", "obl:in"), "" when it has none. */
  String relation(int i) {
    return relation[i];
  }

  /** True if the relation to its governor is {@code base} or a subtype ({@code base:x}). */
  boolean relationIs(int i, String base) {
    String r = relation[i];
    return r.equals(base) || r.startsWith(base + ":");
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** Children whose relation is one of {@code bases} or their subtypes. */
  List<Integer> children(int i, Set<String> bases) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      String r = relation[c];
      int colon = r.indexOf(':');
      if (bases.contains(r) || (colon > 0 && bases.contains(r.substring(0, colon)))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Token indices of the subtree of {@code root}, in order, leaving out {@code excluded} subtrees. */
  List<Integer> subtree(int root, Set<Integer> excluded) {
    boolean[] in = new boolean[size()];
    collect(root, excluded, in);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        out.add(i);
      }
    }
    return out;
  }

  private void collect(int node, Set<Integer> excluded, boolean[] in) {
    if (in[node] || excluded.contains(node)) {
      return;
    }
    in[node] = true;
    for (int c : children.get(node)) {
      collect(c, excluded, in);
    }
  }

  /**
   * The span from the first to the last of {@code tokens} (sorted indices), with leading and
   * trailing punctuation and conjunctions among them dropped; null when nothing is left.
   */
  @Nullable Span span(List<Integer> tokens) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi && isTrimmable(tokens.get(lo), true)) {
      lo++;
    }
    while (hi >= lo && isTrimmable(tokens.get(hi), false)) {
      hi--;
    }
    if (lo > hi) {
      return null;
    }
    return new Span(token(tokens.get(lo)).span().start(), token(tokens.get(hi)).span().end());
  }

  /**
   * The longest run of consecutive indices among {@code tokens} (sorted) once those overlapping
   * {@code avoid} are left out: a content span never covers its own cue or source.
   */
  List<Integer> longestRun(List<Integer> tokens, List<Span> avoid) {
    List<Integer> best = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    int previous = -2;
    for (int t : tokens) {
      boolean blocked = false;
      for (Span a : avoid) {
        blocked |= a.overlaps(token(t).span());
      }
      if (blocked || t != previous + 1) {
        if (run.size() > best.size()) {
          best = run;
        }
        run = new ArrayList<>();
      }
      if (!blocked) {
        run.add(t);
      }
      previous = t;
    }
    return run.size() > best.size() ? run : best;
  }

  private boolean isTrimmable(int i, boolean leading) {
    String p = pos(i);
    if (p.equals(",") || p.equals(":") || p.equals(".") || p.equals("HYPH") || p.equals("-LRB-")
        || p.equals("-RRB-")) {
      return true;
    }
    return leading && p.equals("CC");
  }

  /** The index of the token whose span contains offset {@code start} (or the next one), or -1. */
  int tokenAt(int start) {
    for (Token t : sentence.tokens()) {
      if (t.span().end() > start) {
        return t.index();
      }
    }
    return -1;
  }

  /**
   * The head of the tokens inside {@code span}: the one whose governor lies outside it (the first
   * such in text order), or -1 if no token lies inside.
   */
  int headOf(Span span) {
    int fallback = -1;
    for (Token t : sentence.tokens()) {
      if (!span.overlaps(t.span())) {
        continue;
      }
      if (fallback < 0) {
        fallback = t.index();
      }
      int p = parent(t.index());
      if (p < 0 || !span.overlaps(token(p).span())) {
        if (!pos(t.index()).equals(",") && !pos(t.index()).equals(".")) {
          return t.index();
        }
      }
    }
    return fallback;
  }
}
