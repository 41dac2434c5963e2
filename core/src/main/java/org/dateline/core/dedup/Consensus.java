package org.dateline.core.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a cluster's sources agree on. Each source votes once per value, however many of its
 * mentions carry it, so one outlet repeating itself cannot outvote two that disagree. The majority
 * value wins (ties: the value seen first); the vote maps keep the minority values, which is where
 * articles disagree.
 *
 * @param type the PLOVER type most sources give, null if none gives one
 * @param typeVotes sources per type
 * @param actors actor codes named by at least half of the sources that name any
 * @param actorVotes sources per actor code
 * @param place the place most sources give, preferring the most precise on a tie
 * @param placeVotes sources per place reference
 * @param date the date most sources give, preferring the most precise on a tie
 * @param dateVotes sources per date ({@code start/PRECISION})
 */
public record Consensus(
    @Nullable String type,
    Map<String, Integer> typeVotes,
    Set<String> actors,
    Map<String, Integer> actorVotes,
    EventSignature.@Nullable PlaceRef place,
    Map<String, Integer> placeVotes,
    EventSignature.@Nullable DateRef date,
    Map<String, Integer> dateVotes) {

  public Consensus {
    typeVotes = Map.copyOf(typeVotes);
    actors = Set.copyOf(actors);
    actorVotes = Map.copyOf(actorVotes);
    placeVotes = Map.copyOf(placeVotes);
    dateVotes = Map.copyOf(dateVotes);
  }

  /** The fields on which sources gave more than one value: "type", "place", "date". */
  public List<String> disagreements() {
    List<String> out = new ArrayList<>();
    if (typeVotes.size() > 1) {
      out.add("type");
    }
    if (placeVotes.size() > 1) {
      out.add("place");
    }
    if (dateVotes.size() > 1) {
      out.add("date");
    }
    return out;
  }

  static Consensus of(List<EventSignature> members) {
    Map<String, Integer> types = votes(members, m -> m.type() == null ? Set.of() : Set.of(m.type()));
    Map<String, Integer> actorVotes = votes(members, EventSignature::actorCodes);
    long naming = members.stream().filter(m -> !m.actorCodes().isEmpty()).map(EventSignature::sourceKey).distinct().count();
    Set<String> actors = new HashSet<>();
    actorVotes.forEach((code, n) -> {
      if (2L * n >= naming) {
        actors.add(code);
      }
    });
    Map<String, EventSignature.PlaceRef> places = new LinkedHashMap<>();
    Map<String, EventSignature.DateRef> dates = new LinkedHashMap<>();
    for (EventSignature m : members) {
      if (m.place() != null) {
        places.putIfAbsent(m.place().ref(), m.place());
      }
      if (m.date() != null) {
        dates.putIfAbsent(dateKey(m.date()), m.date());
      }
    }
    Map<String, Integer> placeVotes = votes(members, m -> m.place() == null ? Set.of() : Set.of(m.place().ref()));
    Map<String, Integer> dateVotes = votes(members, m -> m.date() == null ? Set.of() : Set.of(dateKey(m.date())));
    String place = winner(placeVotes, Comparator.comparing((String k) -> places.get(k).precision().ordinal()));
    String date = winner(dateVotes, Comparator.comparing((String k) -> dates.get(k).precision().ordinal()));
    return new Consensus(
        winner(types, (a, b) -> 0), types, actors, actorVotes,
        place == null ? null : places.get(place), placeVotes,
        date == null ? null : dates.get(date), dateVotes);
  }

  private static String dateKey(EventSignature.DateRef d) {
    return d.start() + "/" + d.precision();
  }

  /** Per value, the number of distinct sources giving it; insertion order is first appearance. */
  private static Map<String, Integer> votes(List<EventSignature> members, Function<EventSignature, Set<String>> values) {
    Map<String, Set<String>> sources = new LinkedHashMap<>();
    for (EventSignature m : members) {
      for (String v : values.apply(m)) {
        sources.computeIfAbsent(v, k -> new HashSet<>()).add(m.sourceKey());
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    sources.forEach((v, s) -> out.put(v, s.size()));
    return out;
  }

  /** Most votes; among equals, the one {@code tie} orders first (finer precision), then the first seen. */
  private static @Nullable String winner(Map<String, Integer> votes, Comparator<String> tie) {
    String best = null;
    for (String v : votes.keySet()) {
      if (best == null) {
        best = v;
        continue;
      }
      int c = Integer.compare(votes.get(v), votes.get(best));
      if (c > 0 || (c == 0 && tie.compare(v, best) < 0)) {
        best = v;
      }
    }
    return best;
  }
}
