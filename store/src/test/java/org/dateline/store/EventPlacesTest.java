package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventLocation;
import org.dateline.core.events.Modality;
import org.dateline.core.geo.GeoEntry;
import org.dateline.core.geo.Place;
import org.dateline.core.model.Span;
import org.junit.jupiter.api.Test;

class EventPlacesTest {
  private static final GeoEntry MOSUL = new GeoEntry(99072, "Mosul", 36.335, 43.119, 'P', "PPLA", "IQ", "IRQ", "15", "Nineveh", "", 1739800);
  private static final GeoEntry IRAQ = new GeoEntry(99237, "Iraq", 33.0, 44.0, 'A', "PCLI", "IQ", "IRQ", "", "", "", 38000000);

  private static Event at(EventLocation loc) {
    return new Event("a:e0:20-25", null, null, null, null, "190", 0, new Span(20, 25), "fired", List.of(), List.of(),
        List.of(), null, loc, Modality.ASSERTED, List.of(), null);
  }

  private static Place place(int start, int end, String text, GeoEntry g, double confidence) {
    return new Place(new Span(start, end), text, Place.Source.DATELINE, g, confidence, Place.Resolution.POPULATION, "", null);
  }

  @Test
  void aDatelineLocatesAtItsMostSpecificPlace() {
    List<Place> places = List.of(place(0, 5, "MOSUL", MOSUL, 0.9), place(7, 11, "Iraq", IRAQ, 0.99));
    Event e = at(new EventLocation("MOSUL, Iraq", new Span(0, 11), null, EventLocation.Reason.DATELINE));
    assertThat(EventPlaces.of(e, places).entry()).isEqualTo(MOSUL);
  }

  @Test
  void aGeoNamesReferenceWinsAndNoOverlapMeansNoPlace() {
    List<Place> places = List.of(place(0, 5, "MOSUL", MOSUL, 0.9), place(7, 11, "Iraq", IRAQ, 0.99));
    assertThat(EventPlaces.of(at(new EventLocation("x", new Span(40, 41), "geonames:99237", EventLocation.Reason.CLAUSE)), places)
        .entry()).isEqualTo(IRAQ);
    assertThat(EventPlaces.of(at(new EventLocation("x", new Span(40, 41), null, EventLocation.Reason.CLAUSE)), places)).isNull();
    assertThat(EventPlaces.of(at(EventLocation.none()), places)).isNull();
  }
}
