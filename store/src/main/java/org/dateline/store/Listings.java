package org.dateline.store;

import org.jspecify.annotations.Nullable;

/** Aggregates over the events a query selects: timeline buckets, places and actors. */
public final class Listings {
  private Listings() {}

  /** Time resolution of a timeline. */
  public enum Bucket {
    DAY,
    /** ISO weeks, labelled by their Monday. */
    WEEK
  }

  /** Events of one type whose date starts in the period beginning on {@code period} (ISO date). */
  public record TimelineCount(String period, @Nullable String type, long count) {}

  /** A place events happened at. */
  public record PlaceCount(
      @Nullable String placeRef, String name, @Nullable Double lat, @Nullable Double lon, @Nullable String countryIso3, long events) {}

  /** An actor code and how many events it takes part in (as source or target). */
  public record ActorCount(String code, @Nullable String name, @Nullable String country, long events) {}

  /** One value and how many events have it (events by type, by country). */
  public record Count(@Nullable String value, long events) {}
}
