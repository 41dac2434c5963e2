package org.dateline.core.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors of one document: every mention in text order, and a lookup from a token to the
 * actor(s) whose phrase covers it. Immutable.
 */
public final class ActorIndex {
  private final List<ActorMention> mentions;
  private final Map<Long, List<ActorMention>> byToken;

  ActorIndex(List<ActorMention> mentions, Map<Long, List<ActorMention>> byToken) {
    List<ActorMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparing(ActorMention::span));
    this.mentions = List.copyOf(sorted);
    Map<Long, List<ActorMention>> copy = new HashMap<>();
    byToken.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.byToken = Map.copyOf(copy);
  }

  public static ActorIndex empty() {
    return new ActorIndex(List.of(), Map.of());
  }

  /** Every actor mention, in text order. */
  public List<ActorMention> mentions() {
    return mentions;
  }

  /** The actors whose phrase covers token {@code token} of sentence {@code sentence}; may be empty. */
  public List<ActorMention> at(int sentence, int token) {
    return byToken.getOrDefault(key(sentence, token), List.of());
  }

  /** The same index without the mentions {@code drop} selects (PETRARCH's deleted comma clauses). */
  public ActorIndex without(java.util.function.Predicate<ActorMention> drop) {
    if (mentions.stream().noneMatch(drop)) {
      return this;
    }
    Map<Long, List<ActorMention>> kept = new HashMap<>();
    byToken.forEach((k, v) -> kept.put(k, v.stream().filter(drop.negate()).toList()));
    return new ActorIndex(mentions.stream().filter(drop.negate()).toList(), kept);
  }

  /**
   * The same index with {@code extra} mentions, each looked up at its head token only (PETRARCH's
   * new actors: noun phrases no dictionary codes).
   */
  public ActorIndex with(List<ActorMention> extra) {
    if (extra.isEmpty()) {
      return this;
    }
    Map<Long, List<ActorMention>> all = new HashMap<>(byToken);
    List<ActorMention> mentionsToo = new ArrayList<>(mentions);
    for (ActorMention m : extra) {
      all.merge(key(m.sentence(), m.headToken()), List.of(m), (a, b) -> {
        List<ActorMention> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
      });
      mentionsToo.add(m);
    }
    return new ActorIndex(mentionsToo, all);
  }

  static long key(int sentence, int token) {
    return ((long) sentence << 32) | (token & 0xffffffffL);
  }
}
