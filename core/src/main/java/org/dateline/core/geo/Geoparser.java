package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Span;

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
   * @param region the continent or region the word refers to, or empty
   */
  public record DemonymMention(Span span, String text, String countryIso2, String countryIso3,
      String region) {}

  /**
   * Nationality and people words the NER tagged ("Iraqi", "Kurdish"): they describe actors, not
   * places. The country codes are empty for peoples without a country.
   */
  public List<DemonymMention> demonyms(AnnotatedDocument doc) {
    List<DemonymMention> out = new ArrayList<>();
    for (EntityMention e : doc.entities()) {
      if (e.kind() == EntityKind.GROUP || e.kind() == EntityKind.LOCATION) {
        var country = gazetteer.countryOfDemonym(e.text());
        if (country.isPresent()) {
          out.add(new DemonymMention(e.span(), e.text(), country.get().iso2(),
              country.get().iso3(), ""));
        } else if (Demonyms.isPeople(e.text())) {
          String region = Demonyms.regionOf(e.text());
          out.add(new DemonymMention(e.span(), e.text(), "", "", region == null ? "" : region));
        }
      }
    }
    return out;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }
}
