package org.dateline.core.events;

import java.util.Objects;
import org.dateline.core.geo.GeoEntry;
import org.dateline.core.geo.Place;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Where an event happened, as far as the text tells. The event coder finds the words; the
 * pipeline links them to the geoparser's resolved {@link Place} when one covers them.
 *
 * @param text the place words in the article ("Al Riyadh"); null when nothing was found
 * @param span where {@code text} is; null when nothing was found
 * @param place the resolved place mention the words belong to, if the places stage resolved it
 * @param reason why these words were chosen
 */
public record EventLocation(@Nullable String text, @Nullable Span span, @Nullable Place place, Reason reason) {
  /** Why this location was chosen. */
  public enum Reason {
    /** A place named in the event's own clause. */
    CLAUSE,
    /** No place in the clause: the place of the story's dateline. */
    DATELINE,
    /** Neither. */
    NONE
  }

  public EventLocation {
    Objects.requireNonNull(reason, "reason");
    if ((text == null) != (span == null)) {
      throw new IllegalArgumentException("a location's text and span come together");
    }
    if (place != null && place.entry() == null) {
      throw new IllegalArgumentException("only a resolved place can locate an event: " + place.text());
    }
  }

  public static EventLocation none() {
    return new EventLocation(null, null, null, Reason.NONE);
  }

  /** A copy linked to a resolved place mention. */
  public EventLocation withPlace(Place resolved) {
    return new EventLocation(text, span, Objects.requireNonNull(resolved, "resolved"), reason);
  }

  /** The gazetteer entry, when the location is resolved. */
  public @Nullable GeoEntry entry() {
    return place == null ? null : place.entry();
  }

  /** Latitude of the event: a relative phrase's estimate ("30 km south of Mosul") or the place's. */
  public @Nullable Double lat() {
    if (place == null) {
      return null;
    }
    Place.RelativePosition r = place.relative();
    return r != null ? r.lat() : Objects.requireNonNull(place.entry()).lat();
  }

  /** Longitude, as {@link #lat()}. */
  public @Nullable Double lon() {
    if (place == null) {
      return null;
    }
    Place.RelativePosition r = place.relative();
    return r != null ? r.lon() : Objects.requireNonNull(place.entry()).lon();
  }
}
