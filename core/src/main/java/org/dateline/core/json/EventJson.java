package org.dateline.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.actors.Sector;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventCue;
import org.dateline.core.events.EventDate;
import org.dateline.core.events.EventLocation;
import org.dateline.core.geo.GeoEntry;
import org.dateline.core.events.Quantity;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Writes the {@code actors} and {@code events} sections of a {@code dateline/1} record, and events
 * as PLOVER JSON records. Field names are part of the schema. Thread-safe.
 */
public final class EventJson {
  private final ObjectMapper mapper;

  public EventJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public ArrayNode actors(List<ActorMention> actors) {
    ArrayNode out = mapper.createArrayNode();
    actors.forEach(a -> out.add(actor(a)));
    return out;
  }

  public ArrayNode events(List<Event> events) {
    ArrayNode out = mapper.createArrayNode();
    events.forEach(e -> out.add(event(e)));
    return out;
  }

  ObjectNode actor(ActorMention a) {
    ObjectNode n = spanned(a.span());
    n.put("text", a.text());
    n.put("sentence", a.sentence());
    n.put("head_token", a.headToken());
    n.put("code", a.code());
    n.put("country", a.country());
    n.put("organisation", a.organisation());
    ArrayNode sectors = n.putArray("sectors");
    a.sectors().forEach(s -> sectors.add(s.name()));
    n.put("name", a.name());
    n.put("resolution", lower(a.resolution().name()));
    n.set("antecedent", a.antecedent() == null ? mapper.nullNode() : spanned(a.antecedent()));
    n.put("role", a.role());
    return n;
  }

  ObjectNode event(Event e) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", e.id());
    n.put("type", e.type() == null ? null : e.type().name());
    n.put("action", e.action() == null ? null : e.action().name());
    n.put("mode", e.mode());
    n.put("context", e.context());
    n.put("cameo", e.cameo());
    n.put("sentence", e.sentence());
    ObjectNode trigger = spanned(e.trigger());
    trigger.put("text", e.triggerText());
    n.set("trigger", trigger);
    n.set("sources", actors(e.sources()));
    n.set("targets", actors(e.targets()));
    ArrayNode qs = n.putArray("quantities");
    for (Quantity q : e.quantities()) {
      ObjectNode qn = spanned(q.span());
      qn.put("text", q.text());
      qn.put("kind", lower(q.kind().name()));
      qn.put("value", q.value());
      qn.put("qualifier", lower(q.qualifier().name()));
      qs.add(qn);
    }
    n.set("date", date(e.date()));
    n.set("location", location(e.location()));
    n.put("modality", lower(e.modality().name()));
    n.put("negated", e.negated());
    ArrayNode cues = n.putArray("cues");
    for (EventCue c : e.cues()) {
      ObjectNode cn = spanned(c.span());
      cn.put("text", c.text());
      cn.put("modality", lower(c.modality().name()));
      cues.add(cn);
    }
    n.put("claim", e.claim());
    return n;
  }

  private JsonNode date(@Nullable EventDate d) {
    if (d == null) {
      return mapper.nullNode();
    }
    ObjectNode n = mapper.createObjectNode();
    n.put("value", d.value());
    n.put("precision", lower(d.precision().name()));
    n.put("basis", lower(d.basis().name()));
    n.put("start", d.span() == null ? null : d.span().start());
    n.put("end", d.span() == null ? null : d.span().end());
    n.put("text", d.text());
    return n;
  }

  private JsonNode location(EventLocation l) {
    ObjectNode n = mapper.createObjectNode();
    n.put("text", l.text());
    n.put("start", l.span() == null ? null : l.span().start());
    n.put("end", l.span() == null ? null : l.span().end());
    GeoEntry g = l.entry();
    n.put("place", g == null ? null : g.ref());
    n.put("name", g == null ? null : g.name());
    n.put("lat", l.lat() == null ? null : Math.round(l.lat() * 1e5) / 1e5);
    n.put("lon", l.lon() == null ? null : Math.round(l.lon() * 1e5) / 1e5);
    n.put("feature_code", g == null ? null : g.featureCode());
    n.put("country_iso2", g == null || g.countryIso2().isEmpty() ? null : g.countryIso2());
    n.put("country_iso3", g == null || g.countryIso3().isEmpty() ? null : g.countryIso3());
    n.put("reason", lower(l.reason().name()));
    return n;
  }

  /**
   * The document's events as PLOVER JSON records (one object per event): {@code id}, {@code date},
   * {@code event}, {@code mode}, {@code context}, {@code actor}/{@code recipient} lists of {@code
   * {actorText, code, sector}}, {@code eventText}, {@code text} (the sentence), and Dateline's
   * offsets under {@code dateline}.
   */
  public List<ObjectNode> plover(CodedDocument doc) {
    String text = doc.article().text();
    return doc.events().stream().map(e -> ploverRecord(doc, text, e)).toList();
  }

  private ObjectNode ploverRecord(CodedDocument doc, String text, Event e) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", e.id());
    n.put("articleId", doc.article().id());
    n.put("date", e.date() == null ? null : e.date().value());
    n.put("event", e.type() == null ? null : e.type().name());
    n.put("mode", e.mode() == null ? "" : e.mode());
    n.put("context", e.context() == null ? "" : e.context());
    n.set("actor", ploverActors(e.sources()));
    n.set("recipient", ploverActors(e.targets()));
    n.put("eventText", e.triggerText());
    n.put("text", doc.annotated().sentences().get(e.sentence()).span().of(text));
    n.put("cameo", e.cameo());
    n.put("modality", lower(e.modality().name()));
    n.put("location", e.location().text());
    GeoEntry g = e.location().entry();
    n.put("geo_place", g == null ? null : g.name());
    n.put("geo_country", g == null || g.countryIso3().isEmpty() ? null : g.countryIso3());
    n.put("latitude", e.location().lat());
    n.put("longitude", e.location().lon());
    ArrayNode casualties = n.putArray("quantities");
    for (Quantity q : e.quantities()) {
      casualties.add(mapper.createObjectNode().put("kind", lower(q.kind().name())).put("value", q.value()).put("text", q.text()));
    }
    ObjectNode offsets = n.putObject("dateline");
    offsets.put("sentence", e.sentence());
    offsets.put("trigger_start", e.trigger().start());
    offsets.put("trigger_end", e.trigger().end());
    return n;
  }

  private ArrayNode ploverActors(List<ActorMention> actors) {
    ArrayNode out = mapper.createArrayNode();
    for (ActorMention a : actors) {
      ObjectNode n = out.addObject();
      n.put("actorText", a.text());
      n.put("code", a.country() != null ? a.country() : a.organisation() != null ? a.organisation() : a.code());
      Sector s = a.sector();
      n.put("sector", s == null ? "" : s.name());
    }
    return out;
  }

  private ObjectNode spanned(Span s) {
    ObjectNode n = mapper.createObjectNode();
    n.put("start", s.start());
    n.put("end", s.end());
    return n;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
