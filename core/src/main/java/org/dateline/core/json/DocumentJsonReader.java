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
import org.dateline.core.model.Quote;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.TimeExpression;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Reads the language-annotation part of a {@code dateline/1} record back into an {@link
 * AnnotatedDocument}, so later stages can be re-run on stored annotation without CoreNLP. Sections
 * added by later stages are ignored. Thread-safe. A record that does not follow the schema gives an
 * {@link IllegalArgumentException} naming the article and the field.
 */
public final class DocumentJsonReader {
  private final ObjectMapper mapper = new ObjectMapper();

  /** Parses one JSON line. */
  public AnnotatedDocument read(String jsonLine) {
    JsonNode root;
    try {
      root = mapper.readTree(jsonLine);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !DocumentJson.SCHEMA.equals(root.path("schema").asText())) {
      throw new IllegalArgumentException("not a " + DocumentJson.SCHEMA + " record");
    }
    String id = root.path("id").asText("?");
    try {
      return document(root);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("record " + id + ": " + e.getMessage(), e);
    }
  }

  private AnnotatedDocument document(JsonNode root) {
    String published = text(root, "published");
    @SuppressWarnings("unchecked")
    Map<String, Object> extra = mapper.convertValue(root.path("extra"), LinkedHashMap.class);
    Article article =
        new Article(
            root.path("id").asText(), root.path("origin").asText(), root.path("text").asText(),
            text(root, "title"), text(root, "url"), text(root, "source"),
            published == null ? null : LocalDate.parse(published), dateline(root.path("dateline")),
            extra == null ? Map.of() : extra);
    Set<Layer> layers = EnumSet.noneOf(Layer.class);
    for (JsonNode l : root.path("layers")) {
      layers.add(Layer.valueOf(l.asText().toUpperCase(Locale.ROOT)));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : root.path("sentences")) {
      List<Token> tokens = new ArrayList<>();
      for (JsonNode t : s.path("tokens")) {
        tokens.add(new Token(t.path("i").asInt(), span(t), t.path("word").asText(),
            t.path("pos").asText(), t.path("lemma").asText(), t.path("ner").asText()));
      }
      List<Dependency> deps = new ArrayList<>();
      for (JsonNode d : s.path("dependencies")) {
        deps.add(new Dependency(d.path("rel").asText(), d.path("gov").asInt(), d.path("dep").asInt()));
      }
      sentences.add(new Sentence(s.path("index").asInt(), span(s), tokens, deps));
    }
    List<EntityMention> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      String label = e.path("label").asText();
      entities.add(new EntityMention(span(e), e.path("text").asText(), label,
          EntityKind.ofLabel(label), e.path("sentence").asInt(), e.path("first_token").asInt(),
          e.path("end_token").asInt()));
    }
    List<TimeExpression> times = new ArrayList<>();
    for (JsonNode t : root.path("times")) {
      JsonNode range = t.path("range");
      times.add(new TimeExpression(span(t), t.path("text").asText(), t.path("sentence").asInt(),
          t.path("type").asText(), text(t, "value"), text(range, "begin"), text(range, "end")));
    }
    List<CorefChain> chains = new ArrayList<>();
    for (JsonNode c : root.path("coref")) {
      List<CorefMention> mentions = new ArrayList<>();
      for (JsonNode m : c.path("mentions")) {
        mentions.add(new CorefMention(span(m), m.path("text").asText(), m.path("sentence").asInt(),
            m.path("head_token").asInt(), m.path("kind").asText(), m.path("number").asText(),
            m.path("gender").asText()));
      }
      chains.add(new CorefChain(c.path("id").asInt(), c.path("representative").asInt(), mentions));
    }
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : root.path("quotes")) {
      JsonNode sp = q.path("speaker");
      JsonNode cs = q.path("canonical_speaker");
      quotes.add(new Quote(span(q), q.path("text").asText(), text(sp, "text"), optionalSpan(sp),
          text(cs, "text"), optionalSpan(cs)));
    }
    return new AnnotatedDocument(article, layers, sentences, entities, times, chains, quotes);
  }

  private static @Nullable Dateline dateline(JsonNode d) {
    if (d == null || d.isNull() || d.isMissingNode()) {
      return null;
    }
    JsonNode date = d.path("date");
    String value = text(date, "value");
    return new Dateline(span(d), text(d.path("place"), "text"), optionalSpan(d.path("place")),
        text(d.path("agency"), "text"), optionalSpan(d.path("agency")), text(date, "text"),
        optionalSpan(date), value == null ? null : LocalDate.parse(value));
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  private static Span span(JsonNode n) {
    if (!n.path("start").isInt() || !n.path("end").isInt()) {
      throw new IllegalArgumentException("missing start/end in " + n);
    }
    return new Span(n.path("start").asInt(), n.path("end").asInt());
  }

  private static @Nullable Span optionalSpan(JsonNode n) {
    return n.path("start").isInt() ? span(n) : null;
  }
}
