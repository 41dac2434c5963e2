package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.claims.Claim;
import org.dateline.core.claims.Contradiction;
import org.dateline.core.claims.EventClaim;
import org.dateline.core.claims.Phrase;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventDate;
import org.dateline.core.events.Quantity;
import org.dateline.core.geo.GeoEntry;
import org.dateline.core.geo.Place;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Writes an article's events, actors, quantities, claims, places and contradictions inside the
 * caller's transaction; {@link Clusters} then files the events in clusters.
 */
final class EventWriter {
  private final Connection c;

  EventWriter(Connection c) {
    this.c = c;
  }

  /**
   * Removes every derived row of an article: its events, their actors, counts, claims and
   * cluster memberships, and every contradiction naming one of its events (a cross-article one
   * too). The clusters it leaves are the caller's to refresh ({@link Clusters#refresh}).
   */
  void delete(String articleId) throws SQLException {
    String ofArticle = " IN (SELECT id FROM events WHERE article_id = ?)";
    Sql.update(c, "DELETE FROM contradictions WHERE article_id = ? OR first_event" + ofArticle
        + " OR second_event" + ofArticle, articleId, articleId, articleId);
    Sql.update(c, "DELETE FROM places WHERE article_id = ?", articleId);
    Sql.update(c, "DELETE FROM claims WHERE article_id = ?", articleId);
    Sql.update(c, "DELETE FROM event_actors WHERE event_id" + ofArticle, articleId);
    Sql.update(c, "DELETE FROM event_quantities WHERE event_id" + ofArticle, articleId);
    Sql.update(c, "DELETE FROM cluster_members WHERE event_id" + ofArticle, articleId);
    Sql.update(c, "DELETE FROM events WHERE article_id = ?", articleId);
  }

  /** Writes the article's events and everything hanging off them; returns the ids written. */
  Set<String> insert(CodedDocument doc) throws SQLException {
    String articleId = doc.article().id();
    String text = doc.article().text();
    Map<String, Claim> claims = new HashMap<>();
    for (EventClaim ec : doc.claims()) {
      claims.putIfAbsent(ec.eventId(), ec.claim());
    }
    Set<String> written = new HashSet<>();
    try (PreparedStatement ev = c.prepareStatement(insertSql("events", EVENT_COLUMNS));
        PreparedStatement act = c.prepareStatement(insertSql("event_actors", ACTOR_COLUMNS));
        PreparedStatement qty = c.prepareStatement(insertSql("event_quantities", QUANTITY_COLUMNS));
        PreparedStatement cl = c.prepareStatement(insertSql("claims", CLAIM_COLUMNS))) {
      int ordinal = 0;
      for (Event e : doc.events()) {
        if (!written.add(e.id())) {
          continue; // one row per id; the article's JSON record keeps every event as coded
        }
        Claim claim = claims.get(e.id());
        GeoEntry g = e.location().entry();
        Span sentence = doc.annotated().sentences().get(e.sentence()).span();
        EventDate d = e.date();
        LocalDate[] range = d == null ? null : dayRange(d);
        add(ev, e.id(), articleId, ordinal++, e.sentence(), name(e.type()), name(e.action()), e.mode(),
            e.context(), e.cameo(), Cameo.root(e.cameo()), Cameo.quadClass(e.cameo()), Cameo.goldstein(e.cameo()),
            e.trigger().start(), e.trigger().end(), e.triggerText(),
            d == null ? null : d.value(), d == null ? null : lower(d.precision()), d == null ? null : lower(d.basis()),
            d == null || d.span() == null ? null : d.span().start(), d == null || d.span() == null ? null : d.span().end(),
            d == null ? null : d.text(),
            range == null ? null : range[0].toString(), range == null ? null : range[1].toString(),
            e.location().text(), e.location().span() == null ? null : e.location().span().start(),
            e.location().span() == null ? null : e.location().span().end(), lower(e.location().reason()),
            g == null ? null : g.ref(), g == null ? null : g.name(), e.location().lat(), e.location().lon(),
            g == null ? null : blankToNull(g.countryIso2()), g == null ? null : blankToNull(g.countryIso3()),
            g == null ? null : g.featureCode(),
            lower(e.modality()), e.negated(), claim == null ? null : lower(claim.status()),
            sentence.of(text), sentence.start(), sentence.end());
        int i = 0;
        for (ActorMention a : e.sources()) {
          add(act, actorRow(e.id(), "source", i++, a));
        }
        i = 0;
        for (ActorMention a : e.targets()) {
          add(act, actorRow(e.id(), "target", i++, a));
        }
        i = 0;
        for (Quantity q : e.quantities()) {
          add(qty, e.id(), i++, lower(q.kind()), q.value(), lower(q.qualifier()), q.text(), q.span().start(), q.span().end());
        }
        if (claim != null) {
          add(cl, e.id(), articleId, claim.source().text(), start(claim.source().span()), end(claim.source().span()),
              lower(claim.source().kind()), phraseText(claim.source().name()),
              phraseText(claim.cue()), phraseStart(claim.cue()), phraseEnd(claim.cue()),
              lower(claim.status()), phraseText(claim.statusCue()), phraseStart(claim.statusCue()), phraseEnd(claim.statusCue()));
        }
      }
      for (PreparedStatement ps : List.of(ev, act, qty, cl)) {
        ps.executeBatch();
      }
    }
    insertPlaces(articleId, doc.places());
    insertContradictions(articleId, doc.contradictions(), written);
    return written;
  }

  private void insertPlaces(String articleId, List<Place> places) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insertSql("places", PLACE_COLUMNS))) {
      int i = 0;
      for (Place p : places) {
        GeoEntry g = p.entry();
        add(ps, articleId, i++, p.text(), p.span().start(), p.span().end(), lower(p.source()),
            g == null || g.geonameId() == 0 ? null : g.geonameId(), g == null ? null : g.name(),
            g == null ? null : g.lat(), g == null ? null : g.lon(), g == null ? null : g.featureCode(),
            g == null ? null : blankToNull(g.admin1()), g == null ? null : blankToNull(g.admin2()),
            g == null ? null : blankToNull(g.countryIso2()), g == null ? null : blankToNull(g.countryIso3()),
            p.confidence(), lower(p.reason()), p.detail());
      }
      ps.executeBatch();
    }
  }

  private void insertContradictions(String articleId, List<Contradiction> contradictions, Set<String> events)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insertSql("contradictions", CONTRADICTION_COLUMNS))) {
      int i = 0;
      for (Contradiction x : contradictions) {
        if (events.contains(x.firstEvent()) && events.contains(x.secondEvent())) {
          add(ps, articleId, i++, lower(x.disagreement().kind()), x.firstEvent(), x.secondEvent(),
              x.disagreement().explanation());
        }
      }
      ps.executeBatch();
    }
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

  private static Object[] actorRow(String eventId, String role, int ordinal, ActorMention a) {
    return new Object[] {
      eventId, role, ordinal, a.text(), a.span().start(), a.span().end(), a.code(), a.country(), a.organisation(),
      a.sector() == null ? null : a.sector().name(), a.name(), lower(a.resolution())
    };
  }

  private static final List<String> EVENT_COLUMNS =
      List.of("id", "article_id", "ordinal", "sentence", "type", "action", "mode", "context", "cameo",
          "root_code", "quad_class", "goldstein", "trigger_start", "trigger_end", "trigger_text",
          "date_value", "date_precision", "date_basis", "date_start", "date_end", "date_text", "date_first",
          "date_last", "location_text", "location_start", "location_end", "location_reason", "place_ref",
          "place_name", "lat", "lon", "country_iso2", "country_iso3", "feature_code", "modality", "negated",
          "status", "evidence_text", "evidence_start", "evidence_end");
  private static final List<String> ACTOR_COLUMNS =
      List.of("event_id", "role", "ordinal", "text", "start_char", "end_char", "code", "country",
          "organisation", "sector", "name", "resolution");
  private static final List<String> QUANTITY_COLUMNS =
      List.of("event_id", "ordinal", "kind", "value", "qualifier", "text", "start_char", "end_char");
  private static final List<String> CLAIM_COLUMNS =
      List.of("event_id", "article_id", "source_text", "source_start", "source_end", "source_kind",
          "source_name", "cue_text", "cue_start", "cue_end", "status", "status_cue_text",
          "status_cue_start", "status_cue_end");
  private static final List<String> PLACE_COLUMNS =
      List.of("article_id", "ordinal", "text", "start_char", "end_char", "source", "geonames_id", "name",
          "lat", "lon", "feature_code", "admin1", "admin2", "country_iso2", "country_iso3", "confidence",
          "reason", "detail");
  private static final List<String> CONTRADICTION_COLUMNS =
      List.of("article_id", "ordinal", "kind", "first_event", "second_event", "explanation");

  private static String insertSql(String table, List<String> columns) {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + Sql.marks(columns.size()) + ")";
  }

  private static void add(PreparedStatement ps, @Nullable Object... values) throws SQLException {
    Sql.bind(ps, Arrays.asList(values));
    ps.addBatch();
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

  private static @Nullable Integer start(@Nullable Span s) {
    return s == null ? null : s.start();
  }

  private static @Nullable Integer end(@Nullable Span s) {
    return s == null ? null : s.end();
  }

  private static @Nullable String phraseText(@Nullable Phrase p) {
    return p == null ? null : p.text();
  }

  private static @Nullable Integer phraseStart(@Nullable Phrase p) {
    return p == null ? null : p.span().start();
  }

  private static @Nullable Integer phraseEnd(@Nullable Phrase p) {
    return p == null ? null : p.span().end();
  }

}
