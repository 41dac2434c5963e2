package org.dateline.core.geo;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Dateline;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;
import org.dateline.core.testkit.TestDocs;

/** A small hand-written gazetteer and hand-annotated documents for unit tests (no CoreNLP). */
final class GeoFixtures {
  private GeoFixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(GeoFixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static GazetteerBuilder builder() {
    GazetteerBuilder b = new GazetteerBuilder();
    GeoNamesDumpReader r = new GeoNamesDumpReader();
    r.readCountryInfo(resource("countries.txt"), b);
    r.readPlaces(resource("places.txt"), b, x -> {});
    r.readAdmin1Codes(resource("admin1.txt"), b);
    b.addCountry("IQ", "IRQ", "Iraq", 99237, List.of("Republic of Iraq"), List.of("Iraqi"),
        Double.NaN, Double.NaN, 0);
    b.addCountry("US", "USA", "United States", 6252001, List.of("US", "USA", "America"),
        List.of("American"), Double.NaN, Double.NaN, 0);
    b.addCountry("SY", "SYR", "Syria", 163843, List.of(), List.of("Syrian"), 35, 38, 0);
    b.addCountry("GB", "GBR", "United Kingdom", 2635167, List.of("UK", "Britain"),
        List.of("British"), 54, -2, 0);
    b.addUnitAbbreviations();
    b.addExtraPlaces();
    return b;
  }

  /** The place whose text is {@code text}, or an assertion error naming the places found. */
  static Place at(List<Place> places, String text) {
    return places.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow(
        () -> new AssertionError(text + " not among " + places));
  }

  static Gazetteer gazetteer() {
    return builder().build();
  }

  /**
   * Words (with an apostrophe inside, or a lower-case part after a hyphen: "Iraqi-backed", as
   * CoreNLP keeps them) and punctuation.
   */
  private static final Pattern TOKEN =
      Pattern.compile("\\w+(?:['’]\\w+)?(?:-\\p{Ll}\\w*)*|[^\\w\\s]");

  /**
   * One-sentence-per-line document; {@code entities} are "text=LABEL" pairs found in order. Words
   * with a capital letter are tagged NNP, others NN.
   */
  static AnnotatedDocument doc(String text, String... entities) {
    return doc(text, null, entities);
  }

  static AnnotatedDocument doc(String text, Dateline dateline, String... entities) {
    Article a = new Article("t", "test", text, null, null, null, LocalDate.of(2015, 12, 26),
        dateline, Map.of());
    List<Sentence> sentences = new ArrayList<>();
    int lineStart = 0;
    for (String line : text.split("\n", -1)) {
      List<Token> toks = new ArrayList<>();
      Matcher m = TOKEN.matcher(line);
      while (m.find()) {
        String w = m.group();
        String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
        toks.add(new Token(toks.size(), new Span(lineStart + m.start(), lineStart + m.end()), w,
            pos, w, "O"));
      }
      sentences.add(new Sentence(sentences.size(), new Span(lineStart, lineStart + line.length()),
          toks, List.of()));
      lineStart += line.length() + 1;
    }
    List<EntityMention> ents = new ArrayList<>();
    int from = 0;
    for (String spec : entities) {
      int eq = spec.lastIndexOf('=');
      String et = spec.substring(0, eq);
      String label = spec.substring(eq + 1);
      int start = text.indexOf(et, from);
      if (start < 0) {
        throw new IllegalArgumentException("entity not in text: " + et);
      }
      Span span = new Span(start, start + et.length());
      from = span.end();
      TestDocs.mention(sentences, span, et, label).ifPresent(ents::add);
    }
    // Token-level NER tags follow the entities, as CoreNLP's do.
    List<Sentence> tagged = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> toks = new ArrayList<>();
      for (Token t : s.tokens()) {
        String ner = ents.stream().filter(e -> e.span().contains(t.span())).map(EntityMention::label)
            .findFirst().orElse("O");
        toks.add(new Token(t.index(), t.span(), t.word(), t.pos(), t.lemma(), ner));
      }
      tagged.add(new Sentence(s.index(), s.span(), toks, List.of()));
    }
    return new AnnotatedDocument(a, Set.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES),
        tagged, ents, List.of(), List.of(), List.of());
  }
}
