package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The trie gazetteer follows CoreNLP's rules for its fine-grained rows (issue 8). */
class FineGazetteerTest {
  private static final String CASELESS =
      String.join("\n",
          "iraq\tCOUNTRY\tMISC\t1",
          "iraqi\tNATIONALITY\tMISC\t1",
          "new york\tSTATE_OR_PROVINCE\tLOCATION\t1",
          "new\tTITLE\tMISC\t1",
          "islamic state\tIDEOLOGY\tMISC\t2",
          "state\tCOUNTRY\tMISC\t3",
          "gen\\.\tTITLE\tMISC\t1",
          "lt\\.?\tTITLE\tMISC\t1",
          "secretary of .*\tTITLE\tMISC\t3",
          "u\\.s\\.-backed\tCOUNTRY\tMISC\t1",
          "kent\tSTATE_OR_PROVINCE\tLOCATION\t1",
          "baghdad\tCITY\tLOCATION\t1");
  private static final String CASED = "Kent\tCITY\tLOCATION\t1\nPope\tTITLE\tMISC\t1\nAla\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1";

  private static FineGazetteer gazetteer() throws IOException {
    return new FineGazetteer()
        .read(new BufferedReader(new StringReader(CASELESS)), true, "CITY", "caseless")
        .read(new BufferedReader(new StringReader(CASED)), false, null, "cased");
  }

  private static String[] label(String words, String tags, String ner) throws IOException {
    String[] w = words.split(" ");
    String[] n = ner.split(" ");
    gazetteer().apply(w, tags.split(" "), n);
    return n;
  }

  @Test
  void labelsExactWordsIgnoringCaseAndPrefersTheLongerRow() throws IOException {
    assertThat(label("troops in IRAQ and New York", "NNS IN NNP CC NNP NNP", "O O O O O O"))
        .containsExactly("O", "O", "COUNTRY", "O", "STATE_OR_PROVINCE", "STATE_OR_PROVINCE");
  }

  @Test
  void higherPriorityWinsOverLength() throws IOException {
    // "state" (priority 3) beats "islamic state" (priority 2), as in CoreNLP.
    assertThat(label("the Islamic State", "DT NNP NNP", "O O O")).containsExactly("O", "O", "COUNTRY");
  }

  @Test
  void needsANounOrAdjective() throws IOException {
    assertThat(label("Iraqi forces", "JJ NNS", "O O")).containsExactly("NATIONALITY", "O");
    assertThat(label("Iraqi forces", "VB NNS", "O O")).containsExactly("O", "O");
  }

  @Test
  void leavesDatesAndNumbersAlone() throws IOException {
    assertThat(label("Iraq", "NNP", "DATE")).containsExactly("DATE");
  }

  @Test
  void matchesTheRowsThatArePatterns() throws IOException {
    assertThat(label("Gen. Kadir", "NNP NNP", "O O")).containsExactly("TITLE", "O");
    assertThat(label("Secretary of Defense", "NNP IN NNP", "O O O")).containsExactly("TITLE", "TITLE", "TITLE");
    assertThat(label("U.S.-backed forces", "JJ NNS", "O O")).containsExactly("COUNTRY", "O");
    assertThat(label("LT. Kadir", "NNP NNP", "O O")).containsExactly("TITLE", "O");
    assertThat(label("Mobile , Ala.", "NNP , NNP", "O O O")).containsExactly("O", "O", "STATE_OR_PROVINCE");
    assertThat(label("Mobile , ala.", "NNP , NNP", "O O O")).containsExactly("O", "O", "O");
  }

  @Test
  void indexesPatternsByTheirFixedFirstCharacter() {
    assertThat(FineGazetteer.firstChar("Ala\\.?", false)).isEqualTo('A');
    assertThat(FineGazetteer.firstChar("Gen\\.?", true)).isEqualTo('g');
    assertThat(FineGazetteer.firstChar("s?t", true)).isNull();
    assertThat(FineGazetteer.firstChar("[Cc]lass", false)).isNull();
    assertThat(FineGazetteer.firstChar("nikaya|ramanna", true)).isNull();
    assertThat(FineGazetteer.firstChar(".*", true)).isNull();
  }

  @Test
  void aCasedCityRowWinsTheTieAndLabelsNothing() throws IOException {
    assertThat(label("Kent", "NNP", "O")).containsExactly("O");
    assertThat(label("kent", "NN", "O")).containsExactly("STATE_OR_PROVINCE");
    assertThat(label("Pope", "NNP", "O")).containsExactly("TITLE");
    assertThat(label("pope", "NN", "O")).containsExactly("O");
  }

  @Test
  void skipsTheLabelItIsToldTo() throws IOException {
    assertThat(label("Baghdad", "NNP", "LOCATION")).containsExactly("LOCATION");
  }

  @Test
  void refusesMalformedRowsWithTheLine() {
    assertThatThrownBy(
            () -> new FineGazetteer().read(new BufferedReader(new StringReader("iraq\n")), true, null, "bad.tab"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.tab:1");
  }

  @Test
  void literalWordsUndoEscapes() {
    assertThat(FineGazetteer.literal("u\\.s\\.")).isEqualTo("u.s.");
    assertThat(FineGazetteer.literal("gen\\.?")).isNull();
    assertThat(FineGazetteer.literal("st.")).isNull();
    assertThat(FineGazetteer.literal("al-qaeda")).isEqualTo("al-qaeda");
  }
}
