package org.dateline.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventLocation;
import org.dateline.core.geo.Place;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Links each event's location words to the places stage's resolved mention that covers them, so an
 * event carries coordinates and a country. The event coder and the geoparser find place words
 * independently (one from the parse, one from NER and the gazetteer); this is where they meet.
 */
final class EventPlaces {
  private EventPlaces() {}

  static List<Event> link(List<Event> events, List<Place> places) {
    if (places.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      EventLocation l = e.location();
      Place p = l.span() == null ? null : covering(l.span(), l.reason(), places);
      Place named = p == null ? null : namedBeyond(p, places);
      if (named != null) {
        l = new EventLocation(named.text(), named.span(), named, l.reason());
      }
      out.add(p == null ? e : withLocation(e, named != null ? l : l.withPlace(p)));
    }
    return out;
  }

  /**
   * The most specific resolved mention overlapping {@code span} ("BAGHDAD, Iraq" is Baghdad, not
   * Iraq), then the one overlapping most; for a dateline location, a dateline mention. A place named
   * inside an organisation's name never locates an event.
   */
  private static @Nullable Place covering(Span span, EventLocation.Reason reason, List<Place> places) {
    Place best = null;
    int bestRank = -1;
    int bestOverlap = 0;
    for (Place p : places) {
      if (p.entry() == null || p.source() == Place.Source.ORGANISATION_NAME) {
        continue;
      }
      if ((reason == EventLocation.Reason.DATELINE) != (p.source() == Place.Source.DATELINE)) {
        continue;
      }
      int overlap = Math.min(span.end(), p.span().end()) - Math.max(span.start(), p.span().start());
      if (overlap <= 0) {
        continue;
      }
      int rank = specificity(p);
      if (rank > bestRank || (rank == bestRank && overlap > bestOverlap)) {
        best = p;
        bestRank = rank;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /**
   * For the anchor of a directional phrase, the place the phrase leads to when it is named right
   * after it ("west of Kirkuk, in a town called Al Riyadh"; "south of Mosul, in the village of
   * Hamam al-Alil"): a resolved, finer place starting within a few words of the phrase's end and
   * close enough to the anchor to be what the phrase describes.
   */
  private static @Nullable Place namedBeyond(Place anchor, List<Place> places) {
    Place.RelativePosition r = anchor.relative();
    if (r == null) {
      return null;
    }
    for (Place p : places) {
      if (p.entry() == null || p == anchor || p.relative() != null
          || p.source() == Place.Source.DATELINE || p.source() == Place.Source.ORGANISATION_NAME) {
        continue;
      }
      int gap = p.span().start() - r.span().end();
      if (gap >= 0 && gap <= NEAR_CHARS && specificity(p) >= specificity(anchor)
          && p.entry().distanceKm(anchor.entry().lat(), anchor.entry().lon()) <= NEAR_KM) {
        return p;
      }
    }
    return null;
  }

  private static final int NEAR_CHARS = 40;
  private static final double NEAR_KM = 150;

  private static int specificity(Place p) {
    return switch (p.entry().level()) {
      case COUNTRY -> 0;
      case ADMIN1 -> 1;
      case ADMIN2 -> 2;
      case OTHER -> 3;
      case POPULATED_PLACE -> 4;
    };
  }

  private static Event withLocation(Event e, EventLocation l) {
    return new Event(e.id(), e.type(), e.action(), e.mode(), e.context(), e.cameo(), e.sentence(),
        e.trigger(), e.triggerText(), e.sources(), e.targets(), e.quantities(), e.date(), l,
        e.modality(), e.cues(), e.claim());
  }
}
