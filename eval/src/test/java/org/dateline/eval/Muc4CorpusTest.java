package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Muc4CorpusTest {
  // A made-up key in the NIST layout: two templates, the second with alternatives and
  // continuation lines, then an irrelevant message.
  private static final String KEY = """
      0.  MESSAGE: ID                     DEV-MUC3-9001 (TEST)
      1.  MESSAGE: TEMPLATE               1
      3.  INCIDENT: LOCATION              NARNIA: CAIR PARAVEL (CASTLE)
      4.  INCIDENT: TYPE                  BOMBING
      5.  INCIDENT: STAGE OF EXECUTION    ACCOMPLISHED / ATTEMPTED
      9.  PERP: INDIVIDUAL ID             "RAIDERS"
      11. PERP: ORGANIZATION CONFIDENCE   SUSPECTED OR ACCUSED BY AUTHORITIES: "NORTH FRONT"
                                          POSSIBLE: "SOUTH FRONT"
      12. PHYS TGT: ID                    "THE \\"OLD\\" BRIDGE"
      19. HUM TGT: DESCRIPTION            "GUARD": "TUMNUS"

      0.  MESSAGE: ID                     DEV-MUC3-9002 (TEST)
      1.  MESSAGE: TEMPLATE               *
      4.  INCIDENT: TYPE                  *
      """;

  @Test
  void templatesKeepStageConfidenceAlternativesAndStringFills() {
    List<Muc4Corpus.Template> ts = Muc4Corpus.parseKeys(KEY);
    assertThat(ts).hasSize(1);
    Muc4Corpus.Template t = ts.get(0);
    assertThat(t.messageId()).isEqualTo("DEV-MUC3-9001");
    assertThat(t.type()).isEqualTo("BOMBING");
    assertThat(t.stages()).containsExactly("ACCOMPLISHED", "ATTEMPTED");
    assertThat(t.confidences()).containsExactly("SUSPECTED OR ACCUSED", "POSSIBLE");
    assertThat(t.fillers())
        .containsExactlyInAnyOrder("raiders", "the \"old\" bridge", "guard", "tumnus", "cair paravel");
  }

  @Test
  void messagesAreSplitAtTheirIdLines() {
    List<Muc4Corpus.Message> ms = Muc4Corpus.parseMessages("""
        DEV-MUC3-9001 (TEST)

           NARNIA, 3 JAN 90 -- [TEXT] RAIDERS BOMBED THE OLD BRIDGE.

        DEV-MUC3-9002 (TEST)

           NARNIA, 4 JAN 90 -- [TEXT] NOTHING HAPPENED.
        """);
    assertThat(ms).extracting(Muc4Corpus.Message::id).containsExactly("DEV-MUC3-9001", "DEV-MUC3-9002");
    assertThat(ms.get(0).text()).endsWith("OLD BRIDGE.");
    assertThat(MucStatusScorer.article(ms.get(0), String::toLowerCase).published())
        .isEqualTo(java.time.LocalDate.of(1990, 1, 3));
  }
}
