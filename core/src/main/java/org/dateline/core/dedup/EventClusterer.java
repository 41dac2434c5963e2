package org.dateline.core.dedup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.events.CameoPlover;
import org.dateline.core.events.PloverType;

/**
 * Clusters event mentions that report the same happening, incrementally: {@link #assign} takes a
 * new article's events and the clusters they could join and returns only what changed, so a store
 * never recomputes its clusters. {@link #cluster} is the batch form, defined as assigning the
 * events in order to an empty set; batch and incremental runs over the same events in the same
 * order give the same clusters.
 *
 * <p>An event joins the cluster whose members it scores best with on average (average link, which
 * resists the chaining single link suffers on news, where every story has a "said"), if that
 * average reaches the threshold; otherwise it starts a cluster. Pair scores are described in {@link
 * DedupConfig}. Thread-safe (stateless beyond its configuration).
 *
 * <p>Candidates: a store indexes each cluster under the {@link #blockingKey} of each member and
 * fetches, for a new event, the clusters under its {@link #candidateKeys}. Those keys combine the
 * PLOVER quad class, the country and the month, so two mentions that may be the same happening
 * always share a key.
 */
public final class EventClusterer {
  private final DedupConfig config;
  private final PairScore pairs;

  public EventClusterer(DedupConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.pairs = new PairScore(config);
  }

  public EventClusterer() {
    this(DedupConfig.defaults());
  }

  public DedupConfig config() {
    return config;
  }

  /**
   * The result of an assignment.
   *
   * @param changed the candidate clusters that gained members and the new clusters, in order of
   *     first change; candidates that gained nothing are not repeated
   * @param clusterOf for each new event id, the id of the cluster it joined or started
   */
  public record Assignment(List<EventCluster> changed, Map<String, String> clusterOf) {
    public Assignment {
      changed = List.copyOf(changed);
      clusterOf = Map.copyOf(clusterOf);
    }
  }

  /**
   * Places each new event, in order, in the best-scoring candidate cluster (or a cluster started
   * by an earlier event of the same call), or in a new cluster.
   *
   * @throws IllegalArgumentException if an event id occurs twice or already belongs to a candidate
   */
  public Assignment assign(List<EventSignature> newEvents, Collection<EventCluster> candidates) {
    List<Working> working = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (EventCluster c : candidates) {
      working.add(new Working(c));
      c.members().forEach(m -> seen.add(m.eventId()));
    }
    Map<String, String> clusterOf = new LinkedHashMap<>();
    List<Working> touched = new ArrayList<>();
    for (EventSignature e : newEvents) {
      if (!seen.add(e.eventId())) {
        throw new IllegalArgumentException("event " + e.eventId() + " is already clustered or given twice");
      }
      PairScore.Prepared p = PairScore.Prepared.of(e);
      Working best = null;
      double bestScore = config.threshold();
      for (Working w : working) {
        double s = w.averageScore(p, pairs);
        if (s >= bestScore) {
          best = w;
          bestScore = s;
        }
      }
      if (best == null) {
        best = new Working(fresh(e, working), p);
        working.add(best);
      } else {
        best.add(p);
      }
      if (!touched.contains(best)) {
        touched.add(best);
      }
      clusterOf.put(e.eventId(), best.id);
    }
    List<EventCluster> changed = new ArrayList<>();
    touched.forEach(w -> changed.add(w.result()));
    return new Assignment(changed, clusterOf);
  }

  /**
   * A new cluster for {@code first}; its id gets a suffix when a candidate already uses it (a
   * recoded article's event whose old cluster lives on with other articles' members).
   */
  private static EventCluster fresh(EventSignature first, List<Working> working) {
    EventCluster c = EventCluster.of(first);
    String id = c.id();
    for (int n = 2; taken(id, working); n++) {
      id = c.id() + "~" + n;
    }
    return id.equals(c.id()) ? c : new EventCluster(id, c.members());
  }

  private static boolean taken(String id, List<Working> working) {
    return working.stream().anyMatch(w -> w.id.equals(id));
  }

  /** Clusters {@code events} from scratch: {@code assign(events, none)}, every cluster returned. */
  public List<EventCluster> cluster(List<EventSignature> events) {
    return assign(events, List.of()).changed();
  }

  /** The key a store files an event (and so its cluster) under. */
  public static String blockingKey(EventSignature e) {
    return block(e).key();
  }

  /**
   * The parts of an event's {@link #blockingKey}, each "*" when unknown, for a store that keeps
   * them in columns of their own.
   */
  public record Block(String quad, String country, String month) {
    public Block {
      Objects.requireNonNull(quad, "quad");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(month, "month");
    }

    /** "quad|country|month", as {@link #blockingKey} gives it. */
    public String key() {
      return quad + "|" + country + "|" + month;
    }
  }

  /** The parts of the key a store files an event under. */
  public static Block block(EventSignature e) {
    LocalDate d = e.date() == null ? null : e.date().start();
    return new Block(quad(e), country(e), d == null ? "*" : YearMonth.from(d).toString());
  }

  /**
   * The months ("2015-12") of every date that could be compatible with the event's (its interval
   * widened by the largest slack either side may have); empty when it is undated.
   */
  public static Set<String> candidateMonths(EventSignature e) {
    Set<String> months = new LinkedHashSet<>();
    if (e.date() != null) {
      int slack = EventSignature.DateRef.MAX_SLACK_DAYS;
      YearMonth from = YearMonth.from(e.date().start().minusDays(slack));
      YearMonth to = YearMonth.from(e.date().end().plusDays(slack));
      for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
        months.add(m.toString());
      }
    }
    return months;
  }

  /**
   * The keys under which the clusters an event could join are filed: its quad class and country
   * (and the wildcard for clusters filed without one), for each month its date window touches.
   * Keys cannot express "any value" for a field the event itself lacks: an event without a
   * country does not find clusters filed under one. A store that must find those matches on the
   * {@link #block} parts instead, leaving out the fields the event lacks.
   */
  public static Set<String> candidateKeys(EventSignature e) {
    Set<String> months = new LinkedHashSet<>();
    months.add("*");
    months.addAll(candidateMonths(e));
    Set<String> keys = new LinkedHashSet<>();
    for (String quad : List.of(quad(e), "*")) {
      for (String country : List.of(country(e), "*")) {
        for (String month : months) {
          keys.add(quad + "|" + country + "|" + month);
        }
      }
    }
    return keys;
  }

  private static String quad(EventSignature e) {
    PloverType t = e.type() != null ? PloverType.ofLabel(e.type()).orElse(null) : null;
    if (t == null && e.cameo() != null) {
      t = CameoPlover.typeOf(e.cameo()).orElse(null);
    }
    return t == null ? "*" : t.quad().name();
  }

  private static String country(EventSignature e) {
    return e.place() != null && e.place().country() != null ? e.place().country() : "*";
  }

  /** A cluster being built: its prepared members and whether it gained any. */
  private static final class Working {
    final String id;
    final @org.jspecify.annotations.Nullable EventCluster original;
    final List<PairScore.Prepared> members = new ArrayList<>();
    final List<EventSignature> added = new ArrayList<>();

    Working(EventCluster c) {
      this.id = c.id();
      this.original = c;
      c.members().forEach(m -> members.add(PairScore.Prepared.of(m)));
    }

    Working(EventCluster fresh, PairScore.Prepared first) {
      this.id = fresh.id();
      this.original = null;
      members.add(first);
      added.add(first.sig());
    }

    void add(PairScore.Prepared p) {
      members.add(p);
      added.add(p.sig());
    }

    double averageScore(PairScore.Prepared p, PairScore pairs) {
      double sum = 0;
      for (PairScore.Prepared m : members) {
        sum += pairs.score(p, m);
      }
      return sum / members.size();
    }

    EventCluster result() {
      return original == null ? new EventCluster(id, added) : original.with(added);
    }
  }
}
