package org.dateline.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.core.model.Span;
import org.dateline.store.EventDetail;
import org.dateline.store.StoredActor;
import org.dateline.store.StoredContradiction;
import org.dateline.store.StoredEvent;
import org.jspecify.annotations.Nullable;

/**
 * The API's JSON for events: names chosen for readers of the API, decoupled from the store's
 * records so either can change. Dates are ISO strings at their precision ("2015-12-26", "2015-04").
 */
final class EventViews {
  private EventViews() {}

  static Map<String, @Nullable Object> summary(StoredEvent e, boolean contradicted) {
    return Json.obj(
        "id", e.id(),
        "type", e.type(),
        "action", e.action(),
        "mode", e.mode(),
        "context", e.context(),
        "cameo", e.cameo(),
        "quadClass", e.quadClass(),
        "goldstein", e.goldstein(),
        "trigger", e.triggerText(),
        "date", e.dateValue(),
        "datePrecision", e.datePrecision(),
        "location", Json.obj(
            "text", e.locationText(),
            "place", e.placeRef(),
            "name", e.placeName(),
            "lat", e.lat(),
            "lon", e.lon(),
            "country", e.countryIso3(),
            "featureCode", e.featureCode()),
        "sources", actors(e.sources()),
        "targets", actors(e.targets()),
        "modality", e.modality(),
        "negated", e.negated(),
        "status", e.status(),
        "claimSource", e.claimSource(),
        "sentence", e.evidence(),
        "cluster", e.clusterId(),
        "sourceCount", e.sourceCount(),
        "contradicted", contradicted,
        "article", Json.obj(
            "id", e.articleId(),
            "title", e.articleTitle(),
            "source", e.articleSource(),
            "url", e.articleUrl(),
            "published", e.published()));
  }

  private static List<Map<String, @Nullable Object>> actors(List<StoredActor> actors) {
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    for (StoredActor a : actors) {
      out.add(Json.obj("text", a.text(), "name", a.name(), "code", a.code(), "country", a.country(),
          "organisation", a.organisation(), "sector", a.sector(), "start", a.span().start(), "end", a.span().end()));
    }
    return out;
  }

  /**
   * One event in full: its summary, the claims about its happening (its own, then those of the
   * other reports in its cluster), its contradictions and every evidence span in its article.
   */
  static Map<String, @Nullable Object> detail(EventDetail d, List<EventDetail> clusterOthers,
      List<Map<String, @Nullable Object>> contradictions) {
    Map<String, @Nullable Object> out = summary(d.event(), !contradictions.isEmpty());
    List<Map<String, @Nullable Object>> claims = new ArrayList<>();
    if (d.claim() != null) {
      claims.add(claim(d.event(), d.claim()));
    }
    for (EventDetail other : clusterOthers) {
      if (other.claim() != null) {
        claims.add(claim(other.event(), other.claim()));
      }
    }
    out.put("claims", claims);
    out.put("contradictions", contradictions);
    List<Map<String, @Nullable Object>> quantities = new ArrayList<>();
    for (EventDetail.StoredQuantity q : d.quantities()) {
      quantities.add(Json.obj("kind", q.kind(), "value", q.value(), "qualifier", q.qualifier(), "text", q.text(),
          "start", q.span().start(), "end", q.span().end()));
    }
    out.put("quantities", quantities);
    out.put("evidence", evidence(d));
    return out;
  }

  private static Map<String, @Nullable Object> claim(StoredEvent e, EventDetail.StoredClaim c) {
    return Json.obj(
        "event", e.id(),
        "article", e.articleId(),
        "outlet", e.articleSource(),
        "source", c.sourceText(),
        "sourceKind", c.sourceKind(),
        "sourceName", c.sourceName(),
        "cue", c.cue(),
        "status", c.status(),
        "statusCue", c.statusCue());
  }

  /** Spans in the event's article: the sentence, then the words for each field of the event. */
  static List<Map<String, @Nullable Object>> evidence(EventDetail d) {
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    out.add(Json.span("sentence", d.evidence()));
    out.add(Json.span("trigger", d.trigger()));
    for (StoredActor a : d.event().sources()) {
      out.add(Json.span("source", a.span()));
    }
    for (StoredActor a : d.event().targets()) {
      out.add(Json.span("target", a.span()));
    }
    addIf(out, "place", d.locationSpan());
    addIf(out, "date", d.dateSpan());
    for (EventDetail.StoredQuantity q : d.quantities()) {
      out.add(Json.span("quantity", q.span()));
    }
    EventDetail.StoredClaim c = d.claim();
    if (c != null) {
      addIf(out, "claim-source", c.sourceSpan());
      addIf(out, "cue", c.cueSpan());
      addIf(out, "status-cue", c.statusCueSpan());
    }
    return out;
  }

  private static void addIf(List<Map<String, @Nullable Object>> out, String kind, @Nullable Span s) {
    if (s != null) {
      out.add(Json.span(kind, s));
    }
  }

  /** A contradiction as seen from {@code eventId}: the other event and what they disagree on. */
  static Map<String, @Nullable Object> contradiction(StoredContradiction c, String eventId,
      @Nullable EventDetail other) {
    String otherId = c.firstEvent().equals(eventId) ? c.secondEvent() : c.firstEvent();
    Map<String, @Nullable Object> o = null;
    if (other != null) {
      EventDetail.StoredClaim oc = other.claim();
      o = Json.obj("id", otherId, "trigger", other.event().triggerText(), "sentence", other.event().evidence(),
          "source", oc == null ? null : oc.sourceText(), "status", oc == null ? null : oc.status());
    }
    return Json.obj("event", otherId, "kind", c.kind(), "explanation", c.explanation(), "other", o);
  }

  static boolean involves(StoredContradiction c, Set<String> ids) {
    return ids.contains(c.firstEvent()) || ids.contains(c.secondEvent());
  }
}
