package org.dateline.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.core.ingest.DatelineParser;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Dependency;
import org.dateline.core.testkit.SchemaCheck;
import org.dateline.core.testkit.TestDocs;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {
  private final DocumentJson json = new DocumentJson();

  private static CodedDocument sample() {
    AnnotatedDocument d =
        TestDocs.published(LocalDate.of(2015, 12, 26))
            .sentence("Police/NNS said/VBD Saturday/NNP", new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0))
            .entity("Saturday", "DATE", 0)
            .time("Saturday", "2015-12-26")
            .build();
    return new CodedDocument(d);
  }

  @Test
  void recordFollowsTheSchemaAndUsesStableNames() throws Exception {
    JsonNode tree = new ObjectMapper().readTree(json.toJsonLine(sample()));
    assertThat(SchemaCheck.violations(tree)).isEmpty();
    assertThat(tree.get("schema").asText()).isEqualTo("dateline/1");
    assertThat(tree.get("published").asText()).isEqualTo("2015-12-26");
    JsonNode token = tree.at("/sentences/0/tokens/1");
    assertThat(token.get("word").asText()).isEqualTo("said");
    assertThat(token.get("start").asInt()).isEqualTo(7);
    assertThat(tree.at("/sentences/0/dependencies/0/gov").asInt()).isEqualTo(-1);
    assertThat(tree.at("/times/0/value").asText()).isEqualTo("2015-12-26");
    assertThat(tree.at("/entities/0/kind").asText()).isEqualTo("time");
  }

  @Test
  void datelineAndExtraFieldsAreWritten() throws Exception {
    String text = "KIRKUK, Iraq, Dec. 26 (Reuters) - Police said.";
    Article a =
        new Article("k", "k.txt", text, "T", "http://x", "Wire", LocalDate.of(2015, 12, 27),
            new DatelineParser().parse(text, LocalDate.of(2015, 12, 27)).orElseThrow(),
            Map.of("section", "world", "tags", List.of("a")));
    AnnotatedDocument d = new AnnotatedDocument(a, java.util.Set.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    JsonNode tree = new ObjectMapper().readTree(json.toJsonLine(new CodedDocument(d)));
    assertThat(SchemaCheck.violations(tree)).isEmpty();
    assertThat(tree.at("/dateline/place/text").asText()).isEqualTo("KIRKUK, Iraq");
    assertThat(tree.at("/dateline/agency/text").asText()).isEqualTo("Reuters");
    assertThat(tree.at("/dateline/date/value").asText()).isEqualTo("2015-12-26");
    assertThat(tree.at("/extra/section").asText()).isEqualTo("world");
  }

  @Test
  void schemaListsEveryPlaceReasonAndSource() throws Exception {
    com.fasterxml.jackson.databind.JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(getClass().getResourceAsStream("/org/dateline/core/json/dateline-1.schema.json"));
    com.fasterxml.jackson.databind.JsonNode place = schema.at("/$defs/place/properties");
    for (org.dateline.core.geo.Place.Resolution r : org.dateline.core.geo.Place.Resolution.values()) {
      assertThat(place.at("/reason/enum").toString()).contains(
          "\"" + r.name().toLowerCase(java.util.Locale.ROOT) + "\"");
    }
    for (org.dateline.core.geo.Place.Source src : org.dateline.core.geo.Place.Source.values()) {
      assertThat(place.at("/source/enum").toString()).contains(
          "\"" + src.name().toLowerCase(java.util.Locale.ROOT) + "\"");
    }
  }

  @Test
  void schemaRejectsARecordMissingItsText() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode tree = json.toTree(sample());
    tree.remove("text");
    assertThat(SchemaCheck.violations(tree)).isNotEmpty();
  }
}
