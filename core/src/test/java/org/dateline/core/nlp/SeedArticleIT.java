package org.dateline.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.CorefChain;
import org.dateline.core.model.CorefMention;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Span;
import org.dateline.core.model.TimeExpression;
import org.dateline.core.testkit.SharedAnnotator;
import org.dateline.core.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What must hold on the reference article (issue 2), read from ../shared, never copied. */
class SeedArticleIT {
  static AnnotatedDocument doc;
  static String text;

  @BeforeAll
  static void annotate() throws IOException {
    Path seed = SharedData.seedArticle();
    IngestOptions options =
        new IngestOptions(IngestOptions.InputFormat.TEXT, LocalDate.of(2015, 12, 26), null, 1_000_000);
    Iterator<IngestResult> it = new ArticleReader(options).read(seed);
    IngestResult r = it.next();
    assertThat(r).isInstanceOf(IngestResult.Ok.class);
    doc = SharedAnnotator.full().annotate(((IngestResult.Ok) r).article());
    text = Files.readString(seed);
  }

  @Test
  void datelineGivesPlaceAndAgency() {
    var d = doc.article().dateline();
    assertThat(d).isNotNull();
    assertThat(d.place()).isEqualTo("Baghdad, Iraq");
    assertThat(d.agency()).isEqualTo("BBN");
    assertThat(d.placeSpan().of(text)).isEqualTo("Baghdad, Iraq");
    assertThat(text.substring(d.bodyStart())).startsWith("The Islamic State Saturday");
  }

  @Test
  void saturdayIsTheArticleDate() {
    List<TimeExpression> saturdays =
        doc.times().stream().filter(t -> t.text().equals("Saturday")).toList();
    assertThat(saturdays).isNotEmpty().allMatch(t -> "2015-12-26".equals(t.value()));
  }

  @Test
  void sinceMayAndSinceAprilPointToThePast() {
    assertThat(timeAfterSince("May")).satisfies(t -> assertSinceValue(t, "2015-05"));
    assertThat(timeAfterSince("April")).satisfies(t -> assertSinceValue(t, "2015-04"));
  }

  private static void assertSinceValue(TimeExpression t, String month) {
    boolean valueOk = month.equals(t.value());
    boolean rangeOk = t.rangeBegin() != null && t.rangeBegin().startsWith(month);
    assertThat(valueOk || rangeOk).as("%s -> %s %s", t.text(), t.value(), t.rangeBegin()).isTrue();
  }

  private static TimeExpression timeAfterSince(String month) {
    int at = text.indexOf("since " + month) + "since ".length();
    return doc.times().stream()
        .filter(t -> t.span().start() <= at && at < t.span().end())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no time expression at 'since " + month + "'"));
  }

  @Test
  void entitiesHaveTheRightKindsAndOffsets() {
    assertEntity("Abu Bakr al-Baghdadi", EntityKind.PERSON);
    assertEntity("Islamic State", EntityKind.ORGANIZATION);
    for (String place :
        List.of("Ramadi", "Tikrit", "Kirkuk", "Anbar", "Syria", "Iraq", "Paris", "San Bernardino")) {
      assertEntity(place, EntityKind.LOCATION);
    }
    for (String person : List.of("Sarhad Kadir", "Ahmed al-Jiboor", "Sana Ibrahim")) {
      assertEntity(person, EntityKind.PERSON);
    }
  }

  private static void assertEntity(String name, EntityKind kind) {
    Optional<EntityMention> m =
        doc.entities().stream().filter(e -> e.text().equals(name) && e.kind() == kind).findFirst();
    assertThat(m).as("%s as %s", name, kind).isPresent();
    assertThat(m.get().span().of(text)).isEqualTo(name);
  }

  @Test
  void heIsAlBaghdadi() {
    CorefChain chain = chainContaining("in which he implored", "he");
    assertThat(chain.mentions()).extracting(CorefMention::text).anyMatch(t -> t.contains("al-Baghdadi"));
    CorefChain second = chainContaining("while he referred", "he");
    assertThat(second).isSameAs(chain);
  }

  private static CorefChain chainContaining(String context, String word) {
    int at = text.indexOf(context);
    assertThat(at).isNotNegative();
    int start = text.indexOf(word, at);
    Span span = new Span(start, start + word.length());
    return doc.corefChains().stream()
        .filter(c -> c.mentions().stream().anyMatch(m -> m.span().equals(span)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("'" + word + "' of '" + context + "' is in no chain"));
  }

  @Test
  void outputFollowsTheSchema() {
    var tree = new org.dateline.core.json.DocumentJson().toTree(new org.dateline.core.model.CodedDocument(doc));
    assertThat(org.dateline.core.testkit.SchemaCheck.violations(tree)).isEmpty();
  }

  @Test
  void quotesArePresentWithOffsets() {
    assertThat(doc.quotes()).isNotEmpty();
    doc.quotes().forEach(q -> assertThat(q.span().of(text)).isEqualTo(q.text()));
  }

  @Test
  void everySpanLiesInsideTheText() {
    doc.sentences().forEach(s -> s.tokens().forEach(t -> assertThat(t.span().of(text)).isEqualTo(t.word())));
    doc.entities().forEach(e -> assertThat(e.span().of(text)).isEqualTo(e.text()));
    doc.times().forEach(t -> assertThat(t.span().of(text)).isEqualTo(t.text()));
    doc.corefChains().forEach(c -> c.mentions().forEach(m -> assertThat(m.span().of(text)).isEqualTo(m.text())));
    // Nothing is annotated inside the dateline.
    int body = doc.article().bodyStart();
    assertThat(doc.sentences().get(0).tokens().get(0).span().start()).isGreaterThanOrEqualTo(body);
  }
}
