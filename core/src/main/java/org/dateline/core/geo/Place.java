package org.dateline.core.geo;

import java.util.Objects;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A place mention and what it was resolved to.
 *
 * @param span the mention in the article text
 * @param text the mention as written
 * @param source how the mention was found
 * @param entry the gazetteer entry it resolved to; null when no entry fits ({@link
 *     Resolution#UNRESOLVED})
 * @param confidence 0..1: the chosen candidate's share of the candidates' evidence
 * @param reason the evidence that decided the choice
 * @param detail that evidence in words ("in California", "west of Kirkuk, 38 km")
 * @param relative set when the mention is the anchor of a relative phrase ("30 km south of Mosul")
 */
public record Place(
    Span span,
    String text,
    Source source,
    @Nullable GeoEntry entry,
    double confidence,
    Resolution reason,
    String detail,
    @Nullable RelativePosition relative) {
  public Place {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
    }
    if ((entry == null) != (reason == Resolution.UNRESOLVED)) {
      throw new IllegalArgumentException("an unresolved place has no entry, a resolved one has");
    }
  }

  /** How a place mention was found. */
  public enum Source {
    /** The wire dateline ("BAGHDAD, Iraq (AP) -"). */
    DATELINE,
    /** A CoreNLP location entity (LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY). */
    NER,
    /** A proper-noun sequence the NER missed that names a gazetteer place. */
    GAZETTEER,
    /**
     * A country or province named inside an organisation's name ("Ohio Supreme Court"): a place
     * reference, but not where anything happened; later stages should not locate events by it.
     */
    ORGANISATION_NAME,
    /**
     * A name found as a place elsewhere in the article, here standing alone where the NER read it
     * otherwise ("Douma" tagged a person): one sense per article.
     */
    REPEATED
  }

  /** The evidence that decided a resolution. */
  public enum Resolution {
    /** The mention is a country's name; countries win over same-named places. */
    COUNTRY_NAME,
    /** The mention is a continent's, ocean's or region's name; these win as countries do. */
    REGION_NAME,
    /** Qualified by a containing unit written next to it ("Ramadi, Anbar"). */
    CONTAINMENT,
    /** Marked as a unit ("Kirkuk province", "the province of Anbar"). */
    ADMIN_UNIT,
    /** Near the anchor of a relative phrase in its sentence ("west of Kirkuk"). */
    RELATIVE_ANCHOR,
    /** Near other places resolved in the same sentence or article. */
    NEARBY_PLACES,
    /** In the country the article is about (dateline and other mentions). */
    DOCUMENT_COUNTRY,
    /** The largest place of that name, no other evidence. */
    POPULATION,
    /** The only gazetteer entry with that name. */
    SOLE_CANDIDATE,
    /**
     * No gazetteer entry has that name, but its words hold a known place beside feature words
     * ("Lake Manassas", "Colchester Hospital"): placed at that place.
     */
    CONTAINED_NAME,
    /**
     * No gazetteer entry has that name, but the text says it is in a known place ("Collins Avenue
     * in Miami Beach"): placed there, with low confidence.
     */
    LOCATED_IN,
    /**
     * No gazetteer entry has that name (a street, a river, a small place): placed at the article's
     * main place, with low confidence.
     */
    ARTICLE_FOCUS,
    /** No gazetteer entry has that name. */
    UNRESOLVED
  }

  /**
   * A relative phrase anchored on this place: "30 km south of Mosul".
   *
   * @param span the whole phrase
   * @param direction compass direction as written, normalised ("south", "north-west")
   * @param bearing that direction in degrees clockwise from north
   * @param distanceKm the distance when written, converted to km; null otherwise
   * @param lat estimated position: the anchor moved by the distance (or the anchor itself)
   */
  public record RelativePosition(
      Span span, String direction, double bearing, @Nullable Double distanceKm, double lat,
      double lon) {
    public RelativePosition {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(direction, "direction");
    }

    /** This phrase with its position estimated from its anchor: moved by the distance, if any. */
    RelativePosition from(GeoEntry anchor) {
      double[] p = distanceKm == null
          ? new double[] {anchor.lat(), anchor.lon()}
          : Geo.destination(anchor.lat(), anchor.lon(), bearing, distanceKm);
      return new RelativePosition(span, direction, bearing, distanceKm, p[0], p[1]);
    }
  }
}
