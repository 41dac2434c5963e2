package org.dateline.core.events;

import java.util.Objects;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Where an event happened, as far as this stage can tell. The geoparser (issue 6) fills {@code
 * place} with a gazetteer reference; until then it is null and the text and span say which words
 * name the place.
 *
 * @param place a resolved place reference (a GeoNames id such as {@code "geonames:98182"}), if any
 * @param span the place words in the article; null when nothing was found
 */
public record EventLocation(@Nullable String text, @Nullable Span span, @Nullable String place, Reason reason) {
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
  }

  public static EventLocation none() {
    return new EventLocation(null, null, null, Reason.NONE);
  }

  /** A copy with a gazetteer reference, for the geoparser. */
  public EventLocation withPlace(String placeRef) {
    return new EventLocation(text, span, placeRef, reason);
  }
}
