package org.dateline.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * Keeps the NER layers of annotated gold documents in a JSON Lines file keyed by document id and
 * text hash, so scorer runs after the first skip CoreNLP. Only what the geoparser reads is kept
 * (sentences, tokens with POS and NER tags, entity mentions). Not thread-safe.
 */
final class AnnotationCache {
  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, JsonNode> entries = new HashMap<>();
  private final Path file;

  AnnotationCache(Path file) {
    this.file = file;
    if (Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            JsonNode n = mapper.readTree(line);
            entries.put(n.path("key").asText(), n);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read annotation cache " + file, e);
      }
    }
  }

  static String key(Article a) {
    return a.id() + ":" + Integer.toHexString(a.text().hashCode());
  }

  AnnotatedDocument get(Article a) {
    JsonNode n = entries.get(key(a));
    if (n == null) {
      return null;
    }
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : n.path("sentences")) {
      List<Token> toks = new ArrayList<>();
      for (JsonNode t : s.path("tokens")) {
        toks.add(new Token(toks.size(), new Span(t.get(0).asInt(), t.get(1).asInt()),
            t.get(2).asText(), t.get(3).asText(), t.get(2).asText(), t.get(4).asText()));
      }
      sentences.add(new Sentence(sentences.size(),
          new Span(s.path("start").asInt(), s.path("end").asInt()), toks, List.of()));
    }
    List<EntityMention> ents = new ArrayList<>();
    for (JsonNode e : n.path("entities")) {
      String label = e.get(3).asText();
      ents.add(new EntityMention(new Span(e.get(0).asInt(), e.get(1).asInt()), e.get(2).asText(),
          label, EntityKind.ofLabel(label), e.get(4).asInt(), e.get(5).asInt(), e.get(6).asInt()));
    }
    return new AnnotatedDocument(a, Set.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS,
        Layer.ENTITIES), sentences, ents, List.of(), List.of(), List.of());
  }

  void put(AnnotatedDocument d) {
    ObjectNode n = mapper.createObjectNode();
    n.put("key", key(d.article()));
    ArrayNode ss = n.putArray("sentences");
    for (Sentence s : d.sentences()) {
      ObjectNode sn = ss.addObject();
      sn.put("start", s.span().start());
      sn.put("end", s.span().end());
      ArrayNode ts = sn.putArray("tokens");
      for (Token t : s.tokens()) {
        ts.addArray().add(t.span().start()).add(t.span().end()).add(t.word()).add(t.pos())
            .add(t.ner());
      }
    }
    ArrayNode es = n.putArray("entities");
    for (EntityMention e : d.entities()) {
      es.addArray().add(e.span().start()).add(e.span().end()).add(e.text()).add(e.label())
          .add(e.sentence()).add(e.firstToken()).add(e.endToken());
    }
    entries.put(n.path("key").asText(), n);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
      w.write(mapper.writeValueAsString(n));
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write annotation cache " + file, e);
    }
  }
}
