package org.dateline.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.dateline.store.StoredActor;
import org.dateline.store.StoredEvent;

/** The JSON formats: JSON Lines of the event table, PLOVER JSON Lines, and a GeoJSON FeatureCollection. */
final class JsonSinks {
  static final String GEONAMES_CREDIT =
      "Place data © GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonSinks() {}

  /** One object per line: every {@link Column#EVENT} column, plus the actors as arrays. */
  static EventSink jsonl(Writer out) {
    return new Lines(out) {
      @Override
      ObjectNode node(StoredEvent e) {
        ObjectNode n = columns(e, false);
        n.set("sources", actors(e.sources()));
        n.set("targets", actors(e.targets()));
        return n;
      }
    };
  }

  /**
   * PLOVER records, one per line, with the fields of the PLOVER manual's JSON: {@code id}, {@code
   * date}, {@code event}, {@code mode}, {@code context}, {@code actor} and {@code recipient} (lists of
   * actor text, code and sector), {@code eventText}, {@code text}, plus Dateline's CAMEO code,
   * location, status and source count.
   */
  static EventSink plover(Writer out) {
    return new Lines(out) {
      @Override
      ObjectNode node(StoredEvent e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("articleId", e.articleId());
        n.put("date", e.dateValue());
        n.put("event", e.type());
        n.put("mode", e.mode() == null ? "" : e.mode());
        n.put("context", e.context() == null ? "" : e.context());
        n.set("actor", ploverActors(e.sources()));
        n.set("recipient", ploverActors(e.targets()));
        n.put("eventText", e.triggerText());
        n.put("text", e.evidence());
        n.put("cameo", e.cameo());
        n.put("modality", e.modality());
        n.put("status", e.status());
        n.put("location", e.placeName() != null ? e.placeName() : e.locationText());
        n.put("latitude", e.lat());
        n.put("longitude", e.lon());
        n.put("country", e.countryIso3());
        n.put("sourceCount", e.sourceCount());
        n.put("url", e.articleUrl());
        n.put("publisher", e.articleSource());
        return n;
      }
    };
  }

  /**
   * A FeatureCollection of points, one per located event (events without coordinates are left out),
   * with the event table as properties and the GeoNames credit as a foreign member.
   */
  static EventSink geojson(Writer out) throws IOException {
    JsonGenerator g = MAPPER.getFactory().createGenerator(out);
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeStringField("attribution", GEONAMES_CREDIT);
    g.writeArrayFieldStart("features");
    return new EventSink() {
      @Override
      public void write(StoredEvent e) throws IOException {
        if (e.lat() == null || e.lon() == null) {
          return;
        }
        ObjectNode f = MAPPER.createObjectNode();
        f.put("type", "Feature");
        f.put("id", e.id());
        ObjectNode geometry = f.putObject("geometry");
        geometry.put("type", "Point");
        // GeoJSON positions are longitude first
        geometry.putArray("coordinates").add(e.lon()).add(e.lat());
        ObjectNode p = columns(e, true);
        p.set("sources", actors(e.sources()));
        p.set("targets", actors(e.targets()));
        f.set("properties", p);
        MAPPER.writeTree(g, f);
      }

      @Override
      public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
      }
    };
  }

  private abstract static class Lines implements EventSink {
    private final Writer out;

    Lines(Writer out) {
      this.out = out;
    }

    abstract ObjectNode node(StoredEvent e);

    @Override
    public void write(StoredEvent e) throws IOException {
      out.write(MAPPER.writeValueAsString(node(e)));
      out.write('\n');
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  private static ObjectNode columns(StoredEvent e, boolean skipCoordinates) {
    ObjectNode n = MAPPER.createObjectNode();
    for (Column c : Column.EVENT) {
      if (skipCoordinates && (c.name().equals("lat") || c.name().equals("lon"))) {
        continue;
      }
      if (c.name().endsWith("_codes") || c.name().endsWith("_texts")) {
        continue; // the arrays below say it better in JSON
      }
      n.set(c.name(), MAPPER.valueToTree(c.value().apply(e)));
    }
    return n;
  }

  private static ArrayNode actors(List<StoredActor> actors) {
    ArrayNode out = MAPPER.createArrayNode();
    for (StoredActor a : actors) {
      ObjectNode n = out.addObject();
      n.put("text", a.text());
      n.put("start", a.span().start());
      n.put("end", a.span().end());
      n.put("code", a.code());
      n.put("country", a.country());
      n.put("organisation", a.organisation());
      n.put("sector", a.sector());
      n.put("name", a.name());
    }
    return out;
  }

  private static ArrayNode ploverActors(List<StoredActor> actors) {
    ArrayNode out = MAPPER.createArrayNode();
    for (StoredActor a : actors) {
      ObjectNode n = out.addObject();
      n.put("actorText", a.text());
      n.put("code", a.country() != null ? a.country() : a.organisation() != null ? a.organisation() : a.code());
      n.put("sector", a.sector() == null ? "" : a.sector());
    }
    return out;
  }
}
