package org.dateline.store;

import java.util.List;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventLocation;
import org.dateline.core.geo.Place;
import org.jspecify.annotations.Nullable;

/**
 * The resolved place an event's location names: the place with the location's GeoNames reference,
 * else the most specific resolved place mention whose words overlap the location's words (a
 * dateline "MOSUL, Iraq" locates at Mosul, not at Iraq).
 */
final class EventPlaces {
  private EventPlaces() {}

  static @Nullable Place of(Event e, List<Place> places) {
    EventLocation loc = e.location();
    String ref = loc.place();
    if (ref != null && ref.startsWith("geonames:")) {
      for (Place p : places) {
        if (p.entry() != null && ref.equals("geonames:" + p.entry().geonameId())) {
          return p;
        }
      }
    }
    if (loc.span() == null) {
      return null;
    }
    Place best = null;
    for (Place p : places) {
      // a country inside an organisation's name ("Ohio Supreme Court") is not where anything happened
      if (p.entry() == null || p.source() == Place.Source.ORGANISATION_NAME || !p.span().overlaps(loc.span())) {
        continue;
      }
      if (best == null || rank(p) < rank(best)) {
        best = p;
      }
    }
    return best;
  }

  private static int rank(Place p) {
    return switch (p.entry().level()) {
      case POPULATED_PLACE -> 0;
      case OTHER -> 1;
      case ADMIN2 -> 2;
      case ADMIN1 -> 3;
      case COUNTRY -> 4;
    };
  }
}
