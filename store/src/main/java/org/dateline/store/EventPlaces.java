package org.dateline.store;

import java.util.List;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventLocation;
import org.dateline.core.geo.Place;
import org.jspecify.annotations.Nullable;

/**
 * The resolved place an event's location names: the place with the location's GeoNames reference,
 * else the resolved place mention whose words overlap the location's words.
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
      if (best == null || p.confidence() > best.confidence()) {
        best = p;
      }
    }
    return best;
  }
}
