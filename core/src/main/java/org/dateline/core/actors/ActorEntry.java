package org.dateline.core.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of an actor dictionary.
 *
 * @param kind what the entry names
 * @param code the entry's own code: ISO 3166 alpha-3 for countries, a short upper-case code for
 *     organisations and groups ("ISIS"), the sector code for sector nouns, an id for persons
 * @param country ISO 3166 alpha-3 country the entry belongs to, if any
 * @param sectors sectors the entry contributes ("government forces" → GOV, MIL)
 * @param names the canonical name first, then aliases; matched case-insensitively, word by word
 * @param from first day the entry (a person's role) holds, if bounded
 * @param until last day it holds, if bounded
 * @param role a person's role ("leader"), if any
 * @param affiliation code of the organisation or country a person acts for while the role holds
 * @param origin file and line, for messages
 * @param writtenForms whether the names match only as written, never through a token's lemma
 *     (PETRARCH's agents list their plurals, and one listed without a plural has none: "POLICE {}"
 *     is no match for "polices")
 */
public record ActorEntry(
    ActorKind kind,
    String code,
    @Nullable String country,
    List<Sector> sectors,
    List<String> names,
    @Nullable LocalDate from,
    @Nullable LocalDate until,
    @Nullable String role,
    @Nullable String affiliation,
    String origin,
    boolean writtenForms) {

  /** An entry whose names also match through each token's lemma (plurals of the names). */
  public ActorEntry(ActorKind kind, String code, @Nullable String country, List<Sector> sectors, List<String> names,
      @Nullable LocalDate from, @Nullable LocalDate until, @Nullable String role, @Nullable String affiliation,
      String origin) {
    this(kind, code, country, sectors, names, from, until, role, affiliation, origin, false);
  }

  public ActorEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(origin, "origin");
    sectors = List.copyOf(sectors);
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException(origin + ": actor entry " + code + " has no names");
    }
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException(origin + ": 'until' " + until + " is before 'from' " + from);
    }
  }

  public String name() {
    return names.get(0);
  }

  /** Whether the entry (a person's role) holds on {@code date}; an unknown date always holds. */
  public boolean holdsOn(@Nullable LocalDate date) {
    if (date == null) {
      return true;
    }
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }
}
