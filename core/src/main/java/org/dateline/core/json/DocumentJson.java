package org.dateline.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.CorefChain;
import org.dateline.core.model.CorefMention;
import org.dateline.core.model.Dateline;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Quote;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.TimeExpression;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link AnnotatedDocument} as one JSON object following {@code dateline-1.schema.json}
 * (on the classpath beside this class). Field names are part of the public contract: change them
 * only with a new schema version. Thread-safe.
 */
public final class DocumentJson {
  /** The schema identifier every record carries. */
  public static final String SCHEMA = "dateline/1";

  /** Classpath location of the JSON Schema the output follows. */
  public static final String SCHEMA_RESOURCE = "/org/dateline/core/json/dateline-1.schema.json";

  private final ObjectMapper mapper =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  /** One line of JSON, no trailing newline. */
  public String toJsonLine(CodedDocument doc) {
    try {
      return mapper.writeValueAsString(toTree(doc));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise document " + doc.article().id(), e);
    }
  }

  private final EventJson eventJson = new EventJson(mapper);

  public ObjectNode toTree(CodedDocument coded) {
    ObjectNode root = toTree(coded.annotated());
    ArrayNode attributions = root.putArray("attributions");
    coded.attributions().forEach(a -> attributions.add(ClaimsJson.attribution(mapper, a)));
    root.set("places", PlacesJson.places(mapper, coded.places()));
    root.set("actors", eventJson.actors(coded.actors()));
    root.set("events", eventJson.events(coded.events()));
    ArrayNode claims = root.putArray("claims");
    coded.claims().forEach(c -> {
      ObjectNode n = ClaimsJson.claim(mapper, c.claim());
      n.put("event", c.eventId());
      claims.add(n);
    });
    ArrayNode contradictions = root.putArray("contradictions");
    coded.contradictions().forEach(c -> {
      ObjectNode n = ClaimsJson.disagreement(mapper, c.disagreement());
      n.put("first_event", c.firstEvent());
      n.put("second_event", c.secondEvent());
      contradictions.add(n);
    });
    return root;
  }

  /** The document's events as PLOVER JSON, one line per event (none for a document without events). */
  public java.util.List<String> toPloverLines(CodedDocument doc) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (ObjectNode n : eventJson.plover(doc)) {
      try {
        out.add(mapper.writeValueAsString(n));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("cannot serialise event " + n.path("id").asText(), e);
      }
    }
    return out;
  }

  /** The language-annotation part of the record. */
  public ObjectNode toTree(AnnotatedDocument doc) {
    Article a = doc.article();
    ObjectNode root = mapper.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("id", a.id());
    root.put("origin", a.origin());
    root.put("url", a.url());
    root.put("source", a.source());
    root.put("published", a.published() == null ? null : a.published().toString());
    root.put("title", a.title());
    root.set("dateline", dateline(a.dateline()));
    root.put("text", a.text());
    root.set("extra", mapper.valueToTree(a.extra()));
    ArrayNode layers = root.putArray("layers");
    for (Layer l : Layer.values()) {
      if (doc.has(l)) {
        layers.add(l.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    ArrayNode sentences = root.putArray("sentences");
    doc.sentences().forEach(s -> sentences.add(sentence(s)));
    ArrayNode entities = root.putArray("entities");
    doc.entities().forEach(e -> entities.add(entity(e)));
    ArrayNode times = root.putArray("times");
    doc.times().forEach(t -> times.add(time(t)));
    ArrayNode coref = root.putArray("coref");
    doc.corefChains().forEach(c -> coref.add(chain(c)));
    ArrayNode quotes = root.putArray("quotes");
    doc.quotes().forEach(q -> quotes.add(quote(q)));
    return root;
  }

  private JsonNode dateline(@Nullable Dateline d) {
    if (d == null) {
      return mapper.nullNode();
    }
    ObjectNode n = spanned(d.span());
    n.set("place", part(d.place(), d.placeSpan()));
    n.set("agency", part(d.agency(), d.agencySpan()));
    JsonNode date = part(d.dateText(), d.dateSpan());
    if (date instanceof ObjectNode o) {
      o.put("value", d.date() == null ? null : d.date().toString());
    }
    n.set("date", date);
    return n;
  }

  private JsonNode part(@Nullable String text, @Nullable Span span) {
    if (text == null || span == null) {
      return mapper.nullNode();
    }
    ObjectNode n = spanned(span);
    n.put("text", text);
    return n;
  }

  private ObjectNode sentence(Sentence s) {
    ObjectNode n = mapper.createObjectNode();
    n.put("index", s.index());
    n.put("start", s.span().start());
    n.put("end", s.span().end());
    ArrayNode tokens = n.putArray("tokens");
    for (Token t : s.tokens()) {
      ObjectNode tn = spanned(t.span());
      tn.put("i", t.index());
      tn.put("word", t.word());
      tn.put("pos", t.pos());
      tn.put("lemma", t.lemma());
      tn.put("ner", t.ner());
      tokens.add(tn);
    }
    ArrayNode deps = n.putArray("dependencies");
    for (Dependency d : s.dependencies()) {
      deps.add(mapper.createObjectNode().put("rel", d.relation()).put("gov", d.governor()).put("dep", d.dependent()));
    }
    return n;
  }

  private ObjectNode entity(EntityMention e) {
    ObjectNode n = spanned(e.span());
    n.put("text", e.text());
    n.put("label", e.label());
    n.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
    n.put("sentence", e.sentence());
    n.put("first_token", e.firstToken());
    n.put("end_token", e.endToken());
    return n;
  }

  private ObjectNode time(TimeExpression t) {
    ObjectNode n = spanned(t.span());
    n.put("text", t.text());
    n.put("sentence", t.sentence());
    n.put("type", t.type());
    n.put("value", t.value());
    if (t.rangeBegin() != null || t.rangeEnd() != null) {
      n.putObject("range").put("begin", t.rangeBegin()).put("end", t.rangeEnd());
    } else {
      n.putNull("range");
    }
    return n;
  }

  private ObjectNode chain(CorefChain c) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", c.id());
    n.put("representative", c.representative());
    ArrayNode ms = n.putArray("mentions");
    for (CorefMention m : c.mentions()) {
      ObjectNode mn = spanned(m.span());
      mn.put("text", m.text());
      mn.put("sentence", m.sentence());
      mn.put("head_token", m.headToken());
      mn.put("kind", m.kind());
      mn.put("number", m.number());
      mn.put("gender", m.gender());
      ms.add(mn);
    }
    return n;
  }

  private ObjectNode quote(Quote q) {
    ObjectNode n = spanned(q.span());
    n.put("text", q.text());
    n.set("speaker", part(q.speaker(), q.speakerSpan()));
    n.set("canonical_speaker", part(q.canonicalSpeaker(), q.canonicalSpeakerSpan()));
    return n;
  }

  private ObjectNode spanned(Span s) {
    ObjectNode n = mapper.createObjectNode();
    n.put("start", s.start());
    n.put("end", s.end());
    return n;
  }
}
