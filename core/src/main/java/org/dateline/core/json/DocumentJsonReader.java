package org.dateline.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CorefChain;
import org.dateline.core.model.CorefMention;
import org.dateline.core.model.Dateline;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.TimeExpression;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Reads the annotation part of a {@code dateline/1} record back into an {@link AnnotatedDocument},
 * so annotated corpora can be cached and re-coded without running CoreNLP again. Quotes are not
 * read back. Thread-safe.
 */
public final class DocumentJsonReader {
  private final ObjectMapper mapper = new ObjectMapper();

  /** Parses one JSON line; a malformed record throws {@link IllegalArgumentException}. */
  public AnnotatedDocument read(String jsonLine) {
    try {
      return read(mapper.readTree(jsonLine));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON record: " + e.getOriginalMessage(), e);
    }
  }

  public AnnotatedDocument read(JsonNode n) {
    String text = n.path("text").asText();
    Map<String, Object> extra = new LinkedHashMap<>();
    n.path("extra").fields().forEachRemaining(e -> extra.put(e.getKey(), e.getValue().asText()));
    Article article =
        new Article(n.path("id").asText(), n.path("origin").asText("json"), text,
            str(n, "title"), str(n, "url"), str(n, "source"),
            str(n, "published") == null ? null : LocalDate.parse(n.path("published").asText()),
            dateline(n.path("dateline")), extra);
    Set<Layer> layers = EnumSet.noneOf(Layer.class);
    n.path("layers").forEach(l -> layers.add(Layer.valueOf(l.asText().toUpperCase(Locale.ROOT))));
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : n.path("sentences")) {
      List<Token> tokens = new ArrayList<>();
      for (JsonNode t : s.path("tokens")) {
        tokens.add(new Token(t.path("i").asInt(), span(t), t.path("word").asText(), t.path("pos").asText(),
            t.path("lemma").asText(), t.path("ner").asText()));
      }
      List<Dependency> deps = new ArrayList<>();
      for (JsonNode d : s.path("dependencies")) {
        deps.add(new Dependency(d.path("rel").asText(), d.path("gov").asInt(), d.path("dep").asInt()));
      }
      sentences.add(new Sentence(s.path("index").asInt(), span(s), tokens, deps));
    }
    List<EntityMention> entities = new ArrayList<>();
    for (JsonNode e : n.path("entities")) {
      String label = e.path("label").asText();
      entities.add(new EntityMention(span(e), e.path("text").asText(), label, EntityKind.ofLabel(label),
          e.path("sentence").asInt(), e.path("first_token").asInt(), e.path("end_token").asInt()));
    }
    List<TimeExpression> times = new ArrayList<>();
    for (JsonNode t : n.path("times")) {
      JsonNode r = t.path("range");
      times.add(new TimeExpression(span(t), t.path("text").asText(), t.path("sentence").asInt(),
          t.path("type").asText(), str(t, "value"), r.isObject() ? str(r, "begin") : null,
          r.isObject() ? str(r, "end") : null));
    }
    List<CorefChain> chains = new ArrayList<>();
    for (JsonNode c : n.path("coref")) {
      List<CorefMention> ms = new ArrayList<>();
      for (JsonNode m : c.path("mentions")) {
        ms.add(new CorefMention(span(m), m.path("text").asText(), m.path("sentence").asInt(),
            m.path("head_token").asInt(), m.path("kind").asText(), m.path("number").asText(),
            m.path("gender").asText()));
      }
      chains.add(new CorefChain(c.path("id").asInt(), c.path("representative").asInt(), ms));
    }
    return new AnnotatedDocument(article, layers, sentences, entities, times, chains, List.of());
  }

  private static @Nullable Dateline dateline(JsonNode d) {
    if (!d.isObject()) {
      return null;
    }
    JsonNode place = d.path("place");
    JsonNode agency = d.path("agency");
    JsonNode date = d.path("date");
    return new Dateline(span(d),
        place.isObject() ? place.path("text").asText() : null, place.isObject() ? span(place) : null,
        agency.isObject() ? agency.path("text").asText() : null, agency.isObject() ? span(agency) : null,
        date.isObject() ? date.path("text").asText() : null, date.isObject() ? span(date) : null,
        date.isObject() && str(date, "value") != null ? LocalDate.parse(date.path("value").asText()) : null);
  }

  private static Span span(JsonNode n) {
    return new Span(n.path("start").asInt(), n.path("end").asInt());
  }

  private static @Nullable String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
