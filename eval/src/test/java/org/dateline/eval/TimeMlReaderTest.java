package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Span;
import org.dateline.core.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {
  static final String TML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>X1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
      <TEXT>Stocks <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; rose for <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3>.</TEXT>
      </TimeML>
      """;

  @Test
  void textLosesItsTagsAndTimexesKeepTheirOffsets(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("X1.tml");
    Files.writeString(f, TML);
    TimeMlReader.Document d = TimeMlReader.read(f);
    assertThat(d.creation()).isEqualTo(LocalDate.of(1998, 1, 8));
    assertThat(d.text()).isEqualTo("Stocks fell yesterday & rose for a week.");
    assertThat(d.timexes()).extracting(TimeMlReader.Timex::text).containsExactly("yesterday", "a week");
    assertThat(d.timexes().get(0).span()).isEqualTo(new Span(12, 21));
    assertThat(d.timexes().get(1).value()).isEqualTo("P1W");
  }

  @Test
  void scorerMatchesByOverlapAndChecksValues(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("X1.tml");
    Files.writeString(f, TML);
    TimeMlReader.Document gold = TimeMlReader.read(f);
    AnnotatedDocument found =
        new AnnotatedDocument(DatesScorer.article(gold), EnumSet.of(Layer.TOKENS), List.of(),
            List.of(),
            List.of(
                new TimeExpression(new Span(12, 21), "yesterday", 0, "DATE", "1998-01-07", null, null),
                new TimeExpression(new Span(35, 39), "week", 0, "DURATION", "P2W", null, null)),
            List.of(), List.of());
    DatesScorer scorer = new DatesScorer();
    scorer.add(gold, found);
    assertThat(scorer.matched).isEqualTo(2);
    assertThat(scorer.valueAccuracy()).isEqualTo(0.5);
    assertThat(scorer.typeAccuracy()).isEqualTo(1.0);
    assertThat(scorer.spans.exactF1()).isEqualTo(0.5);
    assertThat(scorer.resultLine()).startsWith("RESULT dates documents=1 strict_f1=0.500 relaxed_f1=1.000 value_accuracy=0.500");
  }

  @Test
  void malformedXmlNamesTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.tml");
    Files.writeString(f, "<TimeML><TEXT>unclosed");
    assertThatThrownBy(() -> TimeMlReader.read(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.tml");
  }
}
