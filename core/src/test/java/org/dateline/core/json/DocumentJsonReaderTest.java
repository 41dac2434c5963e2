package org.dateline.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
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
import org.junit.jupiter.api.Test;

class DocumentJsonReaderTest {
  @Test
  void writtenDocumentReadsBackEqual() {
    String text = "KIRKUK (AP) - He said \"go\" Saturday.";
    Dateline d = new Dateline(new Span(0, 14), "KIRKUK", new Span(0, 6), "AP", new Span(8, 10),
        null, null, null);
    Article a = new Article("x", "x.txt", text, "T", null, "AP", LocalDate.of(2015, 12, 26), d,
        Map.of("k", "v"));
    List<Token> tokens = List.of(
        new Token(0, new Span(14, 16), "He", "PRP", "he", "O"),
        new Token(1, new Span(17, 21), "said", "VBD", "say", "O"),
        new Token(2, new Span(22, 26), "\"go\"", "NN", "go", "O"),
        new Token(3, new Span(27, 35), "Saturday", "NNP", "Saturday", "DATE"));
    Sentence s = new Sentence(0, new Span(14, 36), tokens,
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0)));
    AnnotatedDocument doc = new AnnotatedDocument(a, EnumSet.allOf(Layer.class), List.of(s),
        List.of(new EntityMention(new Span(27, 35), "Saturday", "DATE", EntityKind.TIME, 0, 3, 4)),
        List.of(new TimeExpression(new Span(27, 35), "Saturday", 0, "DATE", "2015-12-26", null, null)),
        List.of(new CorefChain(1, 0, List.of(
            new CorefMention(new Span(14, 16), "He", 0, 0, "PRONOMINAL", "SINGULAR", "MALE"),
            new CorefMention(new Span(14, 16), "He", 0, 0, "PRONOMINAL", "SINGULAR", "MALE")))),
        List.of(new Quote(new Span(22, 26), "\"go\"", "He", new Span(14, 16), null, null)));
    String line = new DocumentJson().toJsonLine(new CodedDocument(doc));
    assertThat(new DocumentJsonReader().read(line)).isEqualTo(doc);
  }

  @Test
  void foreignJsonIsRefusedWithAReason() {
    assertThatThrownBy(() -> new DocumentJsonReader().read("{\"schema\":\"other\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dateline/1");
    assertThatThrownBy(() -> new DocumentJsonReader().read("{not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not JSON");
  }
}
