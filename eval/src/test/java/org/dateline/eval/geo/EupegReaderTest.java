package org.dateline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EupegReaderTest {
  @TempDir Path dir;

  @Test
  void quotedTsvFieldsKeepTabsNewlinesAndQuotes() {
    List<List<String>> rows = EupegReader.parseTsv("a\tb\n1\t\"x\ty\nz \"\"q\"\"\"\r\n2\tplain\n");
    assertThat(rows).containsExactly(List.of("a", "b"), List.of("1", "x\ty\nz \"q\""),
        List.of("2", "plain"));
  }

  @Test
  void inclusiveEndsAreMadeExclusiveWhenMostMentionsSaySo() {
    List<List<GoldToponym>> inclusive = List.of(List.of(
        new GoldToponym(10, 15, "Rivers", 4.7, 6.8), new GoldToponym(85, 91, "Nigeria", 10, 8)));
    assertThat(EupegReader.exclusiveEnds(inclusive).get(0))
        .extracting(GoldToponym::end).containsExactly(16, 92);
    List<List<GoldToponym>> exclusive = List.of(List.of(new GoldToponym(0, 5, "Paris", 48, 2)));
    assertThat(EupegReader.exclusiveEnds(exclusive)).isEqualTo(exclusive);
  }

  @Test
  void folderTextsAreReadByLineNumber() throws Exception {
    Path gold = dir.resolve("gold.txt");
    Files.writeString(gold, "Paris,,Paris,,48.85,,2.35,,0,,5||\n\n");
    Path texts = Files.createDirectory(dir.resolve("texts"));
    Files.writeString(texts.resolve("0"), "Paris is a city.");
    Files.writeString(texts.resolve("1"), "No places here.");
    EupegReader.Result r = new EupegReader().read(gold, texts);
    assertThat(r.documents()).hasSize(2);
    assertThat(r.documents().get(0).toponyms()).singleElement()
        .satisfies(t -> assertThat(t.name()).isEqualTo("Paris"));
    assertThat(r.documents().get(1).id()).isEqualTo("1");
  }

  @Test
  void tweetsAlignToGoldLinesSkippingTweetsWithoutGoldAndDroppingLinesWithoutText()
      throws Exception {
    Path tsv = dir.resolve("tweets.tsv");
    Files.writeString(tsv, "tweet_id_str\ttweet_text\ttext\n"
        + "1\tRain in Leeds today\tLeeds\n"
        + "2\tNothing to see\t\n"
        + "3\tFlood warning for york\tYork\n"
        + "3\tFlood warning for york\t\n");
    Path gold = dir.resolve("gold.txt");
    // Inclusive ends, as EUPEG's GeoCorpora file has them; the second line fits no tweet.
    Files.writeString(gold, "Leeds,,Leeds,,53.8,,-1.5,,8,,12||\n"
        + "Oslo,,Oslo,,59.9,,10.7,,0,,3||\n"
        + "York,,York,,53.96,,-1.08,,18,,21||\n");
    EupegReader.Result r = new EupegReader().read(gold, tsv);
    assertThat(r.unaligned()).isEqualTo(1);
    assertThat(r.documents()).extracting(GoldDocument::id).containsExactly("0", "2");
    assertThat(r.documents().get(1).text()).isEqualTo("Flood warning for york");
    assertThat(r.documents().get(1).toponyms().get(0).end()).isEqualTo(22);
  }
}
