package org.dateline.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A filter over stored events. Every value is bound as an SQL parameter, never spliced into SQL.
 * Build one with {@link #builder()}; a null filter matches everything.
 *
 * @param types PLOVER types ("ASSAULT"); empty: any
 * @param mode PLOVER mode ("aerial")
 * @param actor an actor code prefix ("IRQ" matches "IRQGOVMIL"), or words of an actor's text or name
 * @param country ISO 3166 alpha-3 or alpha-2 code of the event's location
 * @param place the name or GeoNames reference ("geonames:98182") of the event's place
 * @param from first day included: events whose date can fall on or after it
 * @param to last day included
 * @param status claim status ("asserted", "negated", ...)
 * @param minSources fewest distinct outlets reporting the event's cluster (0 or 1: any)
 * @param text words that must all occur in the evidence sentence (case-insensitive)
 * @param bbox events located inside this box
 * @param articleId events of one article
 */
public record EventQuery(
    List<String> types,
    @Nullable String mode,
    @Nullable String actor,
    @Nullable String country,
    @Nullable String place,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String status,
    int minSources,
    @Nullable String text,
    @Nullable BoundingBox bbox,
    @Nullable String articleId,
    Sort sort,
    int limit,
    int offset) {
  public static final int MAX_LIMIT = 500;
  public static final List<String> STATUSES =
      List.of("asserted", "reported", "unverified", "hedged", "negated", "hypothetical", "future");

  /** Order of results. */
  public enum Sort {
    /** Latest event date first (undated last). */
    NEWEST,
    OLDEST,
    /** Most distinct sources first, then newest. */
    MOST_SOURCES
  }

  public EventQuery {
    types = types.stream().map(t -> t.strip().toUpperCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList();
    mode = blankToNull(mode);
    actor = blankToNull(actor);
    country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
    place = blankToNull(place);
    text = blankToNull(text);
    articleId = blankToNull(articleId);
    status = blankToNull(status) == null ? null : status.strip().toLowerCase(Locale.ROOT);
    if (status != null && !STATUSES.contains(status)) {
      throw new IllegalArgumentException("unknown status '" + status + "': use one of " + String.join(", ", STATUSES));
    }
    if (country != null && !country.matches("[A-Z]{2,3}")) {
      throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 or alpha-3 code, got '" + country + "'");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (minSources < 0) {
      throw new IllegalArgumentException("min sources must not be negative, got " + minSources);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
    java.util.Objects.requireNonNull(sort, "sort");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A copy starting at another offset (for paging). */
  public EventQuery page(int newLimit, int newOffset) {
    return new EventQuery(types, mode, actor, country, place, from, to, status, minSources, text, bbox, articleId, sort, newLimit, newOffset);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * A longitude/latitude box; {@code west > east} crosses the antimeridian.
   */
  public record BoundingBox(double west, double south, double east, double north) {
    public BoundingBox {
      if (!(south >= -90 && north <= 90 && south <= north && west >= -180 && east <= 180 && west <= 180 && east >= -180)) {
        throw new IllegalArgumentException(
            "bad bounding box " + west + "," + south + "," + east + "," + north + ": want west,south,east,north in degrees");
      }
    }

    /** Parses "west,south,east,north". */
    public static BoundingBox parse(String s) {
      String[] p = s.split(",");
      if (p.length != 4) {
        throw new IllegalArgumentException("bounding box '" + s + "': want west,south,east,north");
      }
      try {
        return new BoundingBox(
            Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()),
            Double.parseDouble(p[2].strip()), Double.parseDouble(p[3].strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bounding box '" + s + "': not numbers", e);
      }
    }
  }

  /** Collects filters; {@link #build} validates them. */
  public static final class Builder {
    private List<String> types = List.of();
    private @Nullable String mode;
    private @Nullable String actor;
    private @Nullable String country;
    private @Nullable String place;
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable String status;
    private int minSources;
    private @Nullable String text;
    private @Nullable BoundingBox bbox;
    private @Nullable String articleId;
    private Sort sort = Sort.NEWEST;
    private int limit = 100;
    private int offset;

    private Builder() {}

    public Builder types(List<String> v) { types = List.copyOf(v); return this; }
    public Builder type(@Nullable String v) { types = v == null ? List.of() : List.of(v); return this; }
    public Builder mode(@Nullable String v) { mode = v; return this; }
    public Builder actor(@Nullable String v) { actor = v; return this; }
    public Builder country(@Nullable String v) { country = v; return this; }
    public Builder place(@Nullable String v) { place = v; return this; }
    public Builder from(@Nullable LocalDate v) { from = v; return this; }
    public Builder to(@Nullable LocalDate v) { to = v; return this; }
    public Builder status(@Nullable String v) { status = v; return this; }
    public Builder minSources(int v) { minSources = v; return this; }
    public Builder text(@Nullable String v) { text = v; return this; }
    public Builder bbox(@Nullable BoundingBox v) { bbox = v; return this; }
    public Builder articleId(@Nullable String v) { articleId = v; return this; }
    public Builder sort(Sort v) { sort = v; return this; }
    public Builder limit(int v) { limit = v; return this; }
    public Builder offset(int v) { offset = v; return this; }

    public EventQuery build() {
      return new EventQuery(types, mode, actor, country, place, from, to, status, minSources, text, bbox, articleId, sort, limit, offset);
    }
  }
}
