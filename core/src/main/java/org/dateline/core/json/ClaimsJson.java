package org.dateline.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.dateline.core.claims.Attribution;
import org.dateline.core.claims.Claim;
import org.dateline.core.claims.Count;
import org.dateline.core.claims.Disagreement;
import org.dateline.core.claims.Phrase;
import org.dateline.core.claims.Source;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of the claims records ({@code attributions[]} in {@code dateline-1.schema.json}),
 * also used by later sections that embed claims and disagreements. Stateless.
 */
public final class ClaimsJson {
  private ClaimsJson() {}

  /** {@code {source, cue, cue_type, content, sentence, status, status_cue}}. */
  public static ObjectNode attribution(ObjectMapper mapper, Attribution a) {
    ObjectNode n = mapper.createObjectNode();
    n.set("source", source(mapper, a.source()));
    n.set("cue", phrase(mapper, a.cue()));
    n.put("cue_type", lower(a.cueType().name()));
    n.set("content", phrase(mapper, a.content()));
    n.put("sentence", a.sentence());
    n.put("status", lower(a.status().name()));
    n.set("status_cue", phrase(mapper, a.statusCue()));
    return n;
  }

  /** {@code {trigger, sentence, source, cue, status, status_cue, count}}. */
  public static ObjectNode claim(ObjectMapper mapper, Claim c) {
    ObjectNode n = mapper.createObjectNode();
    n.putObject("trigger").put("start", c.trigger().start()).put("end", c.trigger().end());
    n.put("sentence", c.sentence());
    n.set("source", source(mapper, c.source()));
    n.set("cue", phrase(mapper, c.cue()));
    n.put("status", lower(c.status().name()));
    n.set("status_cue", phrase(mapper, c.statusCue()));
    n.set("count", count(mapper, c.count()));
    return n;
  }

  /** {@code {kind, first, second, explanation}}. */
  public static ObjectNode disagreement(ObjectMapper mapper, Disagreement d) {
    ObjectNode n = mapper.createObjectNode();
    n.put("kind", lower(d.kind().name()));
    n.set("first", claim(mapper, d.first()));
    n.set("second", claim(mapper, d.second()));
    n.put("explanation", d.explanation());
    return n;
  }

  static JsonNode source(ObjectMapper mapper, @Nullable Source s) {
    if (s == null) {
      return mapper.nullNode();
    }
    ObjectNode n = mapper.createObjectNode();
    n.put("text", s.text());
    if (s.span() == null) {
      n.putNull("start");
      n.putNull("end");
    } else {
      n.put("start", s.span().start());
      n.put("end", s.span().end());
    }
    n.put("kind", lower(s.kind().name()));
    n.set("name", phrase(mapper, s.name()));
    n.set("description", phrase(mapper, s.description()));
    n.set("place", phrase(mapper, s.place()));
    n.set("count", count(mapper, s.count()));
    n.set("age", count(mapper, s.age()));
    ArrayNode affiliations = n.putArray("affiliations");
    s.affiliations().forEach(p -> affiliations.add(phrase(mapper, p)));
    n.set("via", source(mapper, s.via()));
    return n;
  }

  private static JsonNode phrase(ObjectMapper mapper, @Nullable Phrase p) {
    if (p == null) {
      return mapper.nullNode();
    }
    return mapper.createObjectNode()
        .put("text", p.text())
        .put("start", p.span().start())
        .put("end", p.span().end());
  }

  private static JsonNode count(ObjectMapper mapper, @Nullable Count c) {
    if (c == null) {
      return mapper.nullNode();
    }
    return mapper.createObjectNode()
        .put("value", c.value())
        .put("start", c.span().start())
        .put("end", c.span().end());
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
