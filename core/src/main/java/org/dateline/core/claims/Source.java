package org.dateline.core.claims;

import java.util.List;
import java.util.Objects;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Who makes a claim, resolved through coreference and apposition.
 *
 * @param text the source as written ("Gen. Sarhad Kadir, a police commander in Kirkuk"), or the
 *     article's outlet name for {@link SourceKind#ARTICLE}
 * @param span where {@code text} is; null only for an article source with no dateline agency
 * @param name the most informative name: the head phrase, or its coreferent representative when
 *     the source is a pronoun ("he" → "Abu Bakr al-Baghdadi")
 * @param description an appositive or other description ("a police commander in Kirkuk")
 * @param place a place named in the source or its description ("Kirkuk", "northern Iraq")
 * @param count how many ("Two US defense officials" = 2)
 * @param age an age given in apposition ("Ahmed al-Jiboor, 42")
 * @param affiliations nationality, organisation and sector words ("US", "defense", "police")
 * @param via the outlet this source's story was taken from, for an outlet chain
 */
public record Source(
    String text,
    @Nullable Span span,
    SourceKind kind,
    @Nullable Phrase name,
    @Nullable Phrase description,
    @Nullable Phrase place,
    @Nullable Count count,
    @Nullable Count age,
    List<Phrase> affiliations,
    @Nullable Source via) {

  public Source {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    affiliations = List.copyOf(affiliations);
    if (span == null && kind != SourceKind.ARTICLE) {
      throw new IllegalArgumentException("only an article source may lack a span: " + text);
    }
  }

  /** A copy citing {@code outlet} as where its story came from. */
  public Source withVia(@Nullable Source outlet) {
    return new Source(text, span, kind, name, description, place, count, age, affiliations, outlet);
  }
}
