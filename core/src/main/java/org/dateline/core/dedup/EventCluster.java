package org.dateline.core.dedup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Event mentions, from one or more articles, that report the same happening. Immutable: joining a
 * mention gives a new cluster with the same id.
 *
 * @param id stable: {@code "cluster:"} plus the id of the first event that formed it
 * @param members every mention, in the order they joined; none is ever dropped, so every article's
 *     claim about the happening stays with it
 */
public record EventCluster(String id, List<EventSignature> members) {
  public EventCluster {
    Objects.requireNonNull(id, "id");
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("cluster " + id + " has no members");
    }
  }

  /** A new cluster holding one event. */
  public static EventCluster of(EventSignature first) {
    return new EventCluster("cluster:" + first.eventId(), List.of(first));
  }

  /** This cluster with {@code more} appended. */
  public EventCluster with(List<EventSignature> more) {
    List<EventSignature> all = new ArrayList<>(members);
    all.addAll(more);
    return new EventCluster(id, all);
  }

  /** Distinct outlets reporting it (articles without an outlet count one each). */
  public int sourceCount() {
    Set<String> s = new LinkedHashSet<>();
    members.forEach(m -> s.add(m.sourceKey()));
    return s.size();
  }

  /** Distinct articles reporting it. */
  public int articleCount() {
    return (int) members.stream().map(EventSignature::articleId).distinct().count();
  }

  /** The members' agreed type, actors, place and date, with every disagreement kept. */
  public Consensus consensus() {
    return Consensus.of(members);
  }
}
