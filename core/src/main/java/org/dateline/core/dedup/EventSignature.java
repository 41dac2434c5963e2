package org.dateline.core.dedup;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.events.EventDate;
import org.jspecify.annotations.Nullable;

/**
 * What the clusterer knows about one event mention: enough to compare it with mentions from other
 * articles, nothing tied to the article's annotation. Built from a coded event by {@link
 * Signatures}, or directly by a scorer or a store.
 *
 * @param eventId the event's id, unique across articles
 * @param articleId the article reporting it
 * @param source the outlet; null when unknown (then each article counts as its own source)
 * @param type PLOVER type name ("ASSAULT"), null when not coded
 * @param cameo CAMEO code ("190"), null when not coded
 * @param triggerLemma lemma of the trigger's head word, lower case ("shoot")
 * @param actorCodes actor codes of sources and targets ("IRQGOVMIL")
 * @param actorNames participant names as written, lower case ("lindsay lohan")
 * @param place where, if known
 * @param date when, if known
 * @param evidence the trigger's sentence: what the similarity of wording is measured on
 * @param context wider text of the article (headline and lead), to tell apart two stories that use
 *     the same words for different happenings; may be empty
 */
public record EventSignature(
    String eventId,
    String articleId,
    @Nullable String source,
    @Nullable String type,
    @Nullable String cameo,
    String triggerLemma,
    Set<String> actorCodes,
    Set<String> actorNames,
    @Nullable PlaceRef place,
    @Nullable DateRef date,
    String evidence,
    String context) {

  public EventSignature {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(triggerLemma, "triggerLemma");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(context, "context");
    actorCodes = Set.copyOf(actorCodes);
    actorNames = Set.copyOf(actorNames);
  }

  /** The outlet, or the article when the outlet is unknown: what "distinct sources" counts. */
  public String sourceKey() {
    return source != null && !source.isBlank() ? "source:" + source : "article:" + articleId;
  }

  /** The CAMEO root ("19"), or null. */
  public @Nullable String cameoRoot() {
    return cameo != null && cameo.length() >= 2 ? cameo.substring(0, 2) : null;
  }

  /**
   * A place with the precision it was resolved to.
   *
   * @param ref gazetteer reference or the name as written ("geonames:98182", "newport beach")
   * @param country ISO 3166 alpha-3, if known
   * @param lat latitude, NaN when unknown (a name without coordinates)
   */
  public record PlaceRef(String ref, @Nullable String country, double lat, double lon, Precision precision) {
    /** How large the named area is, which bounds how far apart two mentions of it can lie. */
    public enum Precision {
      POINT(25),
      CITY(50),
      REGION(400),
      COUNTRY(2000);

      private final double toleranceKm;

      Precision(double toleranceKm) {
        this.toleranceKm = toleranceKm;
      }

      /** Two places this precise further apart than this are different places. */
      public double toleranceKm() {
        return toleranceKm;
      }
    }

    public PlaceRef {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(precision, "precision");
    }

    public boolean hasCoordinates() {
      return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
  }

  /**
   * A date as an interval: the first day it can mean and its precision.
   *
   * @param fromArticle true when it is the article's date rather than a date stated for the event:
   *     reports follow events by days, so the window is wider
   */
  public record DateRef(LocalDate start, EventDate.Precision precision, boolean fromArticle) {
    public DateRef {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(precision, "precision");
    }

    /** The last day it can mean. */
    public LocalDate end() {
      return switch (precision) {
        case DAY -> start;
        case MONTH -> start.plusMonths(1).minusDays(1);
        case YEAR -> start.plusYears(1).minusDays(1);
      };
    }

    /** The largest {@link #slackDays}: how far outside its interval a compatible date can lie. */
    public static final int MAX_SLACK_DAYS = 7;

    /** Slack in days around the interval: a day for time zones, a week after an article's date. */
    int slackDays() {
      return fromArticle ? MAX_SLACK_DAYS : 1;
    }

    /** Parses an ISO value at a precision ("2015", "2015-04", "2015-04-12"); null if it does not parse. */
    public static @Nullable DateRef parse(String value, EventDate.Precision precision, boolean fromArticle) {
      try {
        LocalDate d =
            switch (precision) {
              case DAY -> LocalDate.parse(value.substring(0, 10));
              case MONTH -> LocalDate.parse(value.substring(0, 7) + "-01");
              case YEAR -> LocalDate.parse(value.substring(0, 4) + "-01-01");
            };
        return new DateRef(d, precision, fromArticle);
      } catch (RuntimeException e) {
        return null;
      }
    }
  }
}
