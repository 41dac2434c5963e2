package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Iterator;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.CorefMention;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Layer;
import org.dateline.core.pipeline.CueSelector;
import org.dateline.core.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lite profile (no CRF, no CoreNLP coreference) on the reference article (issue 8). */
class LiteProfileIT {
  static AnnotatedDocument doc;

  @BeforeAll
  static void annotate() throws IOException {
    IngestOptions options =
        new IngestOptions(IngestOptions.InputFormat.TEXT, LocalDate.of(2015, 12, 26), null, 1_000_000);
    Iterator<IngestResult> it = new ArticleReader(options).read(SharedData.seedArticle());
    NlpConfig lite = NlpConfig.full().withProfile(NlpConfig.Profile.LITE);
    doc = new CoreNlpAnnotator(lite, CueSelector.shipped()).annotate(((IngestResult.Ok) it.next()).article());
  }

  private static boolean has(String text, EntityKind kind) {
    return doc.entities().stream().anyMatch(e -> e.text().equals(text) && e.kind() == kind);
  }

  @Test
  void namesPersonsOrganisationsAndPlacesWithoutTheCrf() {
    assertThat(doc.layers()).contains(Layer.ENTITIES, Layer.COREF);
    assertThat(doc.entities().stream().filter(e -> e.text().contains("Baghdadi"))
            .map(e -> e.text() + "/" + e.kind()).toList())
        .contains("Abu Bakr al-Baghdadi/PERSON");
    assertThat(has("Ramadi", EntityKind.LOCATION)).isTrue();
    assertThat(has("Syria", EntityKind.LOCATION)).isTrue();
    assertThat(doc.entities()).allMatch(e -> e.span().of(doc.article().text()).equals(e.text()));
  }

  @Test
  void datesStillComeFromSutime() {
    assertThat(doc.times()).anyMatch(t -> t.text().equals("Saturday") && "2015-12-26".equals(t.value()));
  }

  @Test
  void alBaghdadisMentionsFormOneChain() {
    assertThat(doc.corefChains())
        .anyMatch(c -> c.mentions().stream().map(CorefMention::text).filter(t -> t.contains("Baghdadi")).count() >= 2);
    for (var chain : doc.corefChains()) {
      for (CorefMention m : chain.mentions()) {
        assertThat(m.span().of(doc.article().text())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void everyEntityLiesInsideItsSentence() {
    for (EntityMention e : doc.entities()) {
      assertThat(doc.sentences().get(e.sentence()).span().contains(e.span())).isTrue();
    }
  }
}
