package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.core.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {
  static final List<String> ANN = List.of(
      "T1\tSource 0 8\tOfficials",
      "T2\tCue 9 13\tsaid",
      "T3\tContent 14 20;25 30\tthey left ... town",
      "T4\tAttribution 9 13\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tCue 40 44\tsays",
      "T6\tContent 45 50\tstuff",
      "E2\tAttribution:T5 Cue:T5 Content:T6",
      "T7\tDiscard 60 70\tRead more");

  @Test
  void bratLinesBecomeAttributionsWithDiscontinuousContentAsItsExtent() {
    List<PolnearCorpus.GoldAttribution> gold = PolnearCorpus.parse(ANN, "x.ann");
    assertThat(gold).hasSize(2);
    assertThat(gold.get(0).sources()).containsExactly(new Span(0, 8));
    assertThat(gold.get(0).cues()).containsExactly(new Span(9, 13));
    assertThat(gold.get(0).contents()).containsExactly(new Span(14, 30));
    assertThat(gold.get(1).sources()).isEmpty();
  }

  @Test
  void articleAnnotatedTwiceIsReadOnceFromTheFirstAnnotator(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("attributions"));
    Files.createDirectories(dir.resolve("text"));
    Files.writeString(dir.resolve("text/nyt_2016-10-01_story.txt"), "Officials said they left the town.");
    Files.write(dir.resolve("attributions/nyt_2016-10-01_story_4b22.ann"), ANN.subList(0, 5));
    Files.write(dir.resolve("attributions/nyt_2016-10-01_story_ef2d.ann"), List.of());
    List<PolnearCorpus.Document> docs = PolnearCorpus.readDir(dir);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).name()).isEqualTo("nyt_2016-10-01_story");
    assertThat(docs.get(0).attributions()).hasSize(1);
    assertThat(AttributionScorer.article(docs.get(0)).published()).hasToString("2016-10-01");
  }

  @Test
  void folderWithoutAnnotationsIsRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> PolnearCorpus.readDir(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attributions/");
  }

  @Test
  void spanScoreCountsExactAndOverlapMatchesOnce() {
    SpanScore s = new SpanScore();
    s.add(List.of(new Span(0, 10), new Span(20, 30)),
        List.of(new Span(0, 10), new Span(25, 40), new Span(50, 60)));
    assertThat(s.exactPrecision()).isEqualTo(1.0 / 3);
    assertThat(s.exactRecall()).isEqualTo(0.5);
    assertThat(s.overlapPrecision()).isEqualTo(2.0 / 3);
    assertThat(s.overlapRecall()).isEqualTo(1.0);
    assertThat(s.overlapF1()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
  }
}
