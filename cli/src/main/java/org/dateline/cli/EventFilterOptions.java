package org.dateline.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dateline.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters shared by `dateline query` and `dateline export`. */
final class EventFilterOptions {
  @Option(names = "--type", split = ",", paramLabel = "PLOVER", description = "PLOVER types (ASSAULT,PROTEST,...).")
  List<String> types = new ArrayList<>();

  @Option(names = "--mode", paramLabel = "MODE", description = "PLOVER mode (aerial, arrest, ...).")
  String mode;

  @Option(names = "--actor", paramLabel = "CODE|TEXT", description = "Actor code prefix (IRQ, IRQGOV) or words of its text.")
  String actor;

  @Option(names = "--country", paramLabel = "ISO", description = "Country of the event's place (IRQ or IQ).")
  String country;

  @Option(names = "--place", paramLabel = "NAME|geonames:ID", description = "The event's place.")
  String place;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
  String to;

  @Option(names = "--status", paramLabel = "STATUS",
      description = "Claim status: asserted, reported, unverified, hedged, negated, hypothetical, future.")
  String status;

  @Option(names = "--min-sources", paramLabel = "N", defaultValue = "0", description = "Events reported by at least N outlets.")
  int minSources;

  @Option(names = "--text", paramLabel = "WORDS", description = "Words the evidence sentence must contain.")
  String text;

  @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Events inside this longitude/latitude box.")
  String bbox;

  @Option(names = "--article", paramLabel = "ID", description = "Events of one article.")
  String article;

  /** The query; bad values fail with a message naming the flag. */
  EventQuery.Builder query() {
    return EventQuery.builder()
        .types(types).mode(mode).actor(actor).country(country).place(place)
        .from(day("--from", from)).to(day("--to", to)).status(status).minSources(minSources).text(text)
        .bbox(bbox == null ? null : EventQuery.BoundingBox.parse(bbox)).articleId(article);
  }

  private static LocalDate day(String flag, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new UserException(flag + " must be a date YYYY-MM-DD, got '" + value + "'");
    }
  }
}
