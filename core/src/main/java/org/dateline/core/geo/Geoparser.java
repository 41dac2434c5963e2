package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * The places stage: finds every place mention of an annotated article and resolves it to a
 * gazetteer entry with the article as context. Needs the {@link Layer#ENTITIES} layer (and the
 * tokens' POS tags for names the NER missed). An unresolvable name yields an {@link
 * Place.Resolution#UNRESOLVED} place and never removes the others. Immutable and thread-safe; the
 * gazetteer is built once and shared.
 */
public final class Geoparser {
  /** Stage name used in failures and requirement messages. */
  public static final String STAGE = "places";

  private final Gazetteer gazetteer;
  private final MentionFinder finder;

  public Geoparser(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.finder = new MentionFinder(gazetteer);
  }

  /** The places of the article, in text order. */
  public List<Place> places(AnnotatedDocument doc) {
    doc.require(STAGE, Layer.TOKENS, Layer.POS, Layer.ENTITIES);
    return new PlaceResolver().resolve(finder.find(doc)); // one per call: it keeps the article's support
  }

  /**
   * A demonym mention ("Iraqi" → IRQ; "Kurdish" → a people with no country; "European" → the
   * region Europe, no country).
   *
   * @param region the continent or region the word refers to ("Europe", "Kurdistan"), or the
   *     nation within its country ("English": GB and "England"), or empty
   */
  public record DemonymMention(Span span, String text, String countryIso2, String countryIso3,
      String region) {}

  /**
   * Nationality and people words ("Iraqi", "Kurdish"): those the NER tagged, those inside
   * organisations' names ("Syrian Observatory") and those in hyphenated compounds ("Russian-
   * backed"). They describe actors, not places. The country codes are empty for peoples without a
   * country. In text order.
   */
  public List<DemonymMention> demonyms(AnnotatedDocument doc) {
    List<DemonymMention> out = new ArrayList<>();
    for (EntityMention e : doc.entities()) {
      // "Kurdish" is sometimes tagged MISC.
      if (e.kind() == EntityKind.GROUP || e.kind() == EntityKind.LOCATION
          || e.label().equals("MISC")) {
        demonym(e.span(), e.text()).ifPresent(out::add);
      }
    }
    // The NER tags neither a demonym inside an organisation's name ("Syrian Observatory for Human
    // Rights", "British Airways") nor one in a hyphenated word ("Russian-backed", "anti-Russian").
    String text = doc.article().text();
    for (EntityMention e : doc.entities()) {
      if (e.kind() == EntityKind.ORGANIZATION) {
        for (Token t : doc.sentences().get(e.sentence()).tokens().subList(e.firstToken(),
            e.endToken())) {
          demonym(t.span(), t.word()).ifPresent(out::add);
        }
      }
    }
    for (Sentence s : doc.sentences()) {
      for (HyphenParts.Part part : HyphenParts.of(text, s.tokens())) {
        if (out.stream().noneMatch(d -> d.span().overlaps(part.span()))) {
          demonym(part.span(), part.text()).ifPresent(out::add);
        }
      }
    }
    out.sort(Comparator.comparing(DemonymMention::span));
    return out;
  }

  private Optional<DemonymMention> demonym(Span span, String word) {
    String[] nation = Demonyms.nationOf(word);
    var inNation = nation == null ? Optional.<Gazetteer.Country>empty()
        : gazetteer.country(nation[0]);
    if (inNation.isPresent()) {
      return Optional.of(new DemonymMention(span, word, inNation.get().iso2(),
          inNation.get().iso3(), nation[1]));
    }
    var country = gazetteer.countryOfDemonym(word);
    if (country.isPresent()) {
      return Optional.of(new DemonymMention(span, word, country.get().iso2(),
          country.get().iso3(), ""));
    }
    if (Demonyms.isPeople(word)) {
      String region = Demonyms.regionOf(word);
      return Optional.of(new DemonymMention(span, word, "", "", region == null ? "" : region));
    }
    return Optional.empty();
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }
}
