package org.dateline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.claims.Claim;
import org.dateline.core.claims.EventClaim;
import org.dateline.core.claims.Phrase;
import org.dateline.core.dedup.EventSignature;
import org.dateline.core.dedup.Signatures;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventDate;
import org.dateline.core.events.Quantity;
import org.dateline.core.geo.GeoEntry;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping from a coded article's events to the store's rows. {@link EventWriter} inserts
 * these rows and {@link StoredEvents} flattens them without a store, so the two cannot disagree.
 */
final class EventRows {
  private EventRows() {}

  /** An event's rows: its own, its actors' (sources, then targets), its counts' and its claim's. */
  record Mapped(EventRow event, List<ActorRow> actors, List<QuantityRow> quantities, @Nullable ClaimRow claim) {}

  /** A row of {@code event_actors}. */
  record ActorRow(String eventId, String role, int ordinal, String text, int startChar, int endChar, String code,
      @Nullable String country, @Nullable String organisation, @Nullable String sector, @Nullable String name,
      String resolution) {
    static final List<String> COLUMNS =
        List.of("event_id", "role", "ordinal", "text", "start_char", "end_char", "code", "country",
            "organisation", "sector", "name", "resolution");

    List<@Nullable Object> values() {
      return Arrays.asList(eventId, role, ordinal, text, startChar, endChar, code, country, organisation, sector,
          name, resolution);
    }

    static ActorRow read(ResultSet rs) throws SQLException {
      return new ActorRow(rs.getString("event_id"), rs.getString("role"), rs.getInt("ordinal"), rs.getString("text"),
          rs.getInt("start_char"), rs.getInt("end_char"), rs.getString("code"), rs.getString("country"),
          rs.getString("organisation"), rs.getString("sector"), rs.getString("name"), rs.getString("resolution"));
    }

    StoredActor stored() {
      return new StoredActor(role, text, new Span(startChar, endChar), code, country, organisation, sector, name);
    }
  }

  /** A row of {@code event_quantities}. */
  record QuantityRow(String eventId, int ordinal, String kind, @Nullable Long value, String qualifier, String text,
      int startChar, int endChar) {
    static final List<String> COLUMNS =
        List.of("event_id", "ordinal", "kind", "value", "qualifier", "text", "start_char", "end_char");

    List<@Nullable Object> values() {
      return Arrays.asList(eventId, ordinal, kind, value, qualifier, text, startChar, endChar);
    }
  }

  /** A row of {@code claims}: who says the event happened, with which cue, and its status. */
  record ClaimRow(String eventId, String articleId, String sourceText, @Nullable Integer sourceStart,
      @Nullable Integer sourceEnd, String sourceKind, @Nullable String sourceName, @Nullable String cueText,
      @Nullable Integer cueStart, @Nullable Integer cueEnd, String status, @Nullable String statusCueText,
      @Nullable Integer statusCueStart, @Nullable Integer statusCueEnd) {
    static final List<String> COLUMNS =
        List.of("event_id", "article_id", "source_text", "source_start", "source_end", "source_kind",
            "source_name", "cue_text", "cue_start", "cue_end", "status", "status_cue_text",
            "status_cue_start", "status_cue_end");

    List<@Nullable Object> values() {
      return Arrays.asList(eventId, articleId, sourceText, sourceStart, sourceEnd, sourceKind, sourceName, cueText,
          cueStart, cueEnd, status, statusCueText, statusCueStart, statusCueEnd);
    }
  }

  /**
   * The rows of every event, in event order, one per id: a repeated id keeps its first event (the
   * article's JSON record keeps every event as coded). An event's claim is the first given for it.
   */
  static List<Mapped> of(CodedDocument doc) {
    Article article = doc.article();
    Map<String, Claim> claims = new HashMap<>();
    for (EventClaim ec : doc.claims()) {
      claims.putIfAbsent(ec.eventId(), ec.claim());
    }
    Set<String> seen = new HashSet<>();
    List<Mapped> out = new ArrayList<>();
    for (Event e : doc.events()) {
      if (!seen.add(e.id())) {
        continue;
      }
      Claim claim = claims.get(e.id());
      Span sentence = doc.annotated().sentences().get(e.sentence()).span();
      List<ActorRow> actors = new ArrayList<>();
      actors.addAll(actors(e.id(), "source", e.sources()));
      actors.addAll(actors(e.id(), "target", e.targets()));
      List<QuantityRow> quantities = new ArrayList<>();
      for (Quantity q : e.quantities()) {
        quantities.add(new QuantityRow(e.id(), quantities.size(), lower(q.kind()), q.value(), lower(q.qualifier()),
            q.text(), q.span().start(), q.span().end()));
      }
      out.add(new Mapped(event(e, article, out.size(), claim, sentence), List.copyOf(actors),
          List.copyOf(quantities), claim == null ? null : claim(e.id(), article.id(), claim)));
    }
    return out;
  }

  /** One signature per stored event (the first of any repeated id), in event order. */
  static List<EventSignature> signatures(CodedDocument doc, Set<String> stored) {
    Set<String> seen = new HashSet<>();
    List<EventSignature> out = new ArrayList<>();
    for (EventSignature s : Signatures.of(doc)) {
      if (stored.contains(s.eventId()) && seen.add(s.eventId())) {
        out.add(s);
      }
    }
    return out;
  }

  private static EventRow event(Event e, Article article, int ordinal, @Nullable Claim claim, Span sentence) {
    GeoEntry g = e.location().entry();
    Span where = e.location().span();
    EventDate d = e.date();
    LocalDate[] range = d == null ? null : dayRange(d);
    return new EventRow(e.id(), article.id(), ordinal, e.sentence(), name(e.type()), name(e.action()), e.mode(),
        e.context(), e.cameo(), Cameo.root(e.cameo()), Cameo.quadClass(e.cameo()), Cameo.goldstein(e.cameo()),
        e.trigger().start(), e.trigger().end(), e.triggerText(),
        d == null ? null : d.value(), d == null ? null : lower(d.precision()), d == null ? null : lower(d.basis()),
        d == null || d.span() == null ? null : d.span().start(), d == null || d.span() == null ? null : d.span().end(),
        d == null ? null : d.text(),
        range == null ? null : range[0].toString(), range == null ? null : range[1].toString(),
        e.location().text(), where == null ? null : where.start(), where == null ? null : where.end(),
        lower(e.location().reason()), g == null ? null : g.ref(), g == null ? null : g.name(),
        e.location().lat(), e.location().lon(),
        g == null ? null : blankToNull(g.countryIso2()), g == null ? null : blankToNull(g.countryIso3()),
        g == null ? null : g.featureCode(), lower(e.modality()), e.negated(),
        claim == null ? null : lower(claim.status()), sentence.of(article.text()), sentence.start(), sentence.end());
  }

  private static List<ActorRow> actors(String eventId, String role, List<ActorMention> mentions) {
    List<ActorRow> out = new ArrayList<>();
    for (ActorMention a : mentions) {
      out.add(new ActorRow(eventId, role, out.size(), a.text(), a.span().start(), a.span().end(), a.code(),
          a.country(), a.organisation(), name(a.sector()), a.name(), lower(a.resolution())));
    }
    return out;
  }

  private static ClaimRow claim(String eventId, String articleId, Claim claim) {
    Span source = claim.source().span();
    return new ClaimRow(eventId, articleId, claim.source().text(), source == null ? null : source.start(),
        source == null ? null : source.end(), lower(claim.source().kind()), text(claim.source().name()),
        text(claim.cue()), start(claim.cue()), end(claim.cue()),
        lower(claim.status()), text(claim.statusCue()), start(claim.statusCue()), end(claim.statusCue()));
  }

  /** The first and last day an ISO date of day, month or year precision can mean. */
  static LocalDate @Nullable [] dayRange(EventDate d) {
    try {
      return switch (d.precision()) {
        case DAY -> {
          LocalDate day = LocalDate.parse(d.value());
          yield new LocalDate[] {day, day};
        }
        case MONTH -> {
          YearMonth m = YearMonth.parse(d.value());
          yield new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }
        case YEAR -> {
          int y = Integer.parseInt(d.value());
          yield new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
      };
    } catch (RuntimeException e) {
      return null; // an unparseable value stays in date_value; the event just has no day range
    }
  }

  static @Nullable String name(@Nullable Enum<?> e) {
    return e == null ? null : e.name();
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static @Nullable String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }

  private static @Nullable String text(@Nullable Phrase p) {
    return p == null ? null : p.text();
  }

  private static @Nullable Integer start(@Nullable Phrase p) {
    return p == null ? null : p.span().start();
  }

  private static @Nullable Integer end(@Nullable Phrase p) {
    return p == null ? null : p.span().end();
  }
}
