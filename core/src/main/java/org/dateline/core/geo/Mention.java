package org.dateline.core.geo;

import java.util.List;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A toponym found in the text, with the local cues the resolver uses. Package-private working
 * record of the geoparser.
 *
 * @param sentence sentence index, -1 for the dateline
 * @param qualifier index (in the mention list) of a containing unit written right after it
 *     ("San Bernardino, California"), or -1
 * @param list index of the first mention of the list of places this one is an item of
 *     ("Washington, New York and Boston"), or -1
 * @param hint the level the surrounding words give ("the city of", "province")
 * @param relative a relative phrase anchored on this mention, if any
 * @param within the known place inside a name the gazetteer lacks ("Manassas" in "Lake
 *     Manassas"), whose readings are the candidates; null otherwise
 * @param host index of the place a name the gazetteer lacks is said to be in, right after it
 *     ("Collins Avenue in Miami Beach"), or -1
 */
record Mention(
    Span span,
    String text,
    Place.Source source,
    int sentence,
    int firstToken,
    int qualifier,
    int list,
    Hint hint,
    Place.@Nullable RelativePosition relative,
    List<Gazetteer.Candidate> candidates,
    @Nullable String within,
    int host) {

  /** What the surrounding words say about the level of the place. */
  enum Hint {
    NONE,
    CITY,
    UNIT
  }

  Mention withQualifier(int q) {
    return new Mention(span, text, source, sentence, firstToken, q, list, hint, relative,
        candidates, within, host);
  }

  Mention inList(int first) {
    return new Mention(span, text, source, sentence, firstToken, qualifier, first, hint, relative,
        candidates, within, host);
  }

  /** This mention as a name the gazetteer lacks: no place inside it is taken. */
  Mention withoutWithin() {
    return new Mention(span, text, source, sentence, firstToken, qualifier, list, hint, relative,
        List.of(), null, host);
  }

  Mention inHost(int h) {
    return new Mention(span, text, source, sentence, firstToken, qualifier, list, hint, relative,
        candidates, within, h);
  }

  /** Items of one list are siblings: neither is the other's state or county. */
  boolean siblingOf(Mention o) {
    return list >= 0 && list == o.list();
  }
}
