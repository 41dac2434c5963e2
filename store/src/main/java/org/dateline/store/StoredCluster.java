package org.dateline.store;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A cluster of reports of one happening and what its sources agree on.
 *
 * @param method "dedup" (clustered across articles) or "singleton" (stored before version 3, one
 *     event, not yet re-clustered)
 * @param sourceCount distinct outlets (an article without an outlet counts alone)
 * @param type the PLOVER type most sources give; countryIso3, place and date likewise; null when
 *     no source gives one, or for singletons
 * @param actors actor codes named by at least half of the sources that name any
 * @param disagreements for each field on which sources differ ("type", "place", "date"), the
 *     number of sources per value; empty when they agree
 */
public record StoredCluster(
    String id,
    String method,
    int eventCount,
    int sourceCount,
    int articleCount,
    @Nullable String type,
    @Nullable String countryIso3,
    @Nullable String placeRef,
    @Nullable String placeName,
    @Nullable Double lat,
    @Nullable Double lon,
    @Nullable String dateValue,
    @Nullable String datePrecision,
    List<String> actors,
    Map<String, Map<String, Integer>> disagreements) {
  public StoredCluster {
    actors = List.copyOf(actors);
    disagreements = Map.copyOf(disagreements);
  }
}
