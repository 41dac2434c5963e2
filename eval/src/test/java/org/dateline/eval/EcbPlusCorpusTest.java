package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusCorpusTest {
  @TempDir Path dir;

  @Test
  void negatedActionMentionsGetCharacterSpansInTheRebuiltText() throws Exception {
    Files.writeString(dir.resolve("1_1ecb.xml"), """
        <Document doc_name="1_1ecb.xml">
        <token t_id="1" sentence="0" number="0">Nobody</token>
        <token t_id="2" sentence="0" number="1">was</token>
        <token t_id="3" sentence="0" number="2">hurt</token>
        <token t_id="4" sentence="1" number="0">Police</token>
        <token t_id="5" sentence="1" number="1">arrived</token>
        <Markables>
        <NEG_ACTION_OCCURRENCE m_id="1"><token_anchor t_id="3"/></NEG_ACTION_OCCURRENCE>
        <ACTION_OCCURRENCE m_id="2"><token_anchor t_id="5"/></ACTION_OCCURRENCE>
        <HUMAN_PART_PER m_id="3"><token_anchor t_id="4"/></HUMAN_PART_PER>
        <NEG_ACTION_OCCURRENCE m_id="4" TAG_DESCRIPTOR="not_hurt"/>
        </Markables>
        </Document>
        """);
    Files.writeString(dir.resolve("1_2ecb.xml"), "<Document><token");
    List<String> errors = new ArrayList<>();
    List<EcbPlusCorpus.Document> docs = EcbPlusCorpus.readDir(dir, errors::add);
    assertThat(errors).hasSize(1).first().asString().contains("1_2ecb.xml");
    EcbPlusCorpus.Document d = docs.get(0);
    assertThat(d.text()).isEqualTo("Nobody was hurt\nPolice arrived");
    assertThat(d.actions()).hasSize(2);
    assertThat(d.actions().get(0).negated()).isTrue();
    assertThat(d.actions().get(0).span().of(d.text())).isEqualTo("hurt");
    assertThat(d.hasNegation()).isTrue();
  }
}
