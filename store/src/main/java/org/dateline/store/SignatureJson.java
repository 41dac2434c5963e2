package org.dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.core.dedup.EventSignature;
import org.dateline.core.dedup.EventSignature.DateRef;
import org.dateline.core.dedup.EventSignature.PlaceRef;
import org.dateline.core.events.EventDate;
import org.jspecify.annotations.Nullable;

/**
 * A cluster member's {@link EventSignature} as the JSON kept in {@code cluster_members.signature},
 * so the clusterer can compare a new article's events with stored ones without reading their
 * articles again. Written field by field (not by reflection) so that the stored form stays
 * stable when the record grows; {@code "v"} versions it.
 */
final class SignatureJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int VERSION = 1;

  private SignatureJson() {}

  static String write(EventSignature s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("v", VERSION);
    o.put("event", s.eventId());
    o.put("article", s.articleId());
    o.put("source", s.source());
    o.put("type", s.type());
    o.put("cameo", s.cameo());
    o.put("trigger", s.triggerLemma());
    strings(o.putArray("codes"), s.actorCodes());
    strings(o.putArray("names"), s.actorNames());
    PlaceRef p = s.place();
    if (p != null) {
      ObjectNode n = o.putObject("place");
      n.put("ref", p.ref());
      n.put("country", p.country());
      if (p.hasCoordinates()) {
        n.put("lat", p.lat());
        n.put("lon", p.lon());
      }
      n.put("precision", p.precision().name());
    }
    DateRef d = s.date();
    if (d != null) {
      ObjectNode n = o.putObject("date");
      n.put("start", d.start().toString());
      n.put("precision", d.precision().name());
      n.put("from_article", d.fromArticle());
    }
    o.put("evidence", s.evidence());
    o.put("context", s.context());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the signature of " + s.eventId(), e);
    }
  }

  /** @throws IllegalArgumentException naming the event when the JSON is not a signature */
  static EventSignature read(String json) {
    JsonNode o;
    try {
      o = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("stored signature is not JSON: " + e.getOriginalMessage(), e);
    }
    if (o == null || o.path("v").asInt() != VERSION) {
      throw new IllegalArgumentException("stored signature has unknown version " + (o == null ? null : o.path("v")));
    }
    JsonNode p = o.path("place");
    PlaceRef place =
        p.isObject()
            ? new PlaceRef(p.path("ref").asText(), text(p, "country"),
                p.has("lat") ? p.path("lat").asDouble() : Double.NaN, p.has("lon") ? p.path("lon").asDouble() : Double.NaN,
                PlaceRef.Precision.valueOf(p.path("precision").asText()))
            : null;
    JsonNode d = o.path("date");
    DateRef date =
        d.isObject()
            ? new DateRef(java.time.LocalDate.parse(d.path("start").asText()),
                EventDate.Precision.valueOf(d.path("precision").asText()), d.path("from_article").asBoolean())
            : null;
    return new EventSignature(o.path("event").asText(), o.path("article").asText(), text(o, "source"), text(o, "type"),
        text(o, "cameo"), o.path("trigger").asText(), strings(o.path("codes")), strings(o.path("names")), place, date,
        o.path("evidence").asText(), o.path("context").asText());
  }

  private static void strings(ArrayNode a, Set<String> values) {
    new TreeSet<>(values).forEach(a::add); // sorted: the same set always serialises the same way
  }

  private static Set<String> strings(JsonNode a) {
    Set<String> out = new LinkedHashSet<>();
    a.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static @Nullable String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
