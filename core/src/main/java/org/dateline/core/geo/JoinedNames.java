package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * Place names written with punctuation, for {@link MentionFinder}: a place whose own name has a
 * comma ("Washington, D.C.") and places inside hyphenated compounds ("U.S.-led"). Thread-safe.
 */
final class JoinedNames {
  /** ", D.C.": up to two capitalised words after a comma. */
  private static final Pattern COMMA_TAIL =
      Pattern.compile(",\\s*(\\p{Lu}[\\p{L}.]*)(?:\\s\\p{Lu}[\\p{L}.]*)?");

  private final Gazetteer gazetteer;
  private final MentionFinder finder;

  JoinedNames(Gazetteer gazetteer, MentionFinder finder) {
    this.gazetteer = gazetteer;
    this.finder = finder;
  }

  /**
   * "Washington, D.C.": a place whose own name has a comma is one toponym, not a town and its
   * state; the words after the comma join the mention before it.
   */
  List<Mention> withCommaNames(String text, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      Matcher after = COMMA_TAIL.matcher(text).region(m.span().end(), text.length());
      if (!after.lookingAt()) {
        continue;
      }
      for (int end : new int[] {after.end(), after.end(1)}) {
        String whole = text.substring(m.span().start(), end);
        String key = NameNormalizer.key(whole);
        if (end > 0 && gazetteer.lookup(whole).stream().anyMatch(c -> c.ownName(key))) {
          Span span = new Span(m.span().start(), end);
          out.removeIf(o -> o != m && o.span().overlaps(span));
          out.set(out.indexOf(m), finder.mention(text, span, whole, m.source(), m.sentence(),
              m.firstToken()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * "U.S.-led", "Asia-Pacific", "Armenia-Italy": a country, a state or province, or a region
   * named in a hyphenated word (the word itself no place).
   */
  void findInHyphenated(Sentence s, String text, List<Mention> out) {
    for (HyphenParts.Part p : HyphenParts.of(text, s.tokens())) {
      String name = p.text();
      if (Character.isUpperCase(name.charAt(0)) && !MentionFinder.overlapsAny(out, p.span())
          && !gazetteer.isDemonym(name)
          && !MentionFinder.GENERIC.contains(NameNormalizer.normalize(name))
          && unitOrRegion(name)) {
        Token first = s.tokens().stream().filter(t -> t.span().overlaps(p.span())).findFirst()
            .orElseThrow();
        if (!first.ner().equals("PERSON")) { // "Jean-Paul": Paul is also a Cape Verdean county
          out.add(finder.mention(text, p.span(), name, Place.Source.GAZETTEER, s.index(),
              first.index()));
        }
      }
    }
  }

  /** A country (any curated name), or a state, province or region by its own name. */
  private boolean unitOrRegion(String name) {
    String key = NameNormalizer.key(name);
    return gazetteer.lookup(name).stream().anyMatch(c -> switch (c.entry().level()) {
      case COUNTRY -> true;
      case ADMIN1 -> c.ownName(key);
      case OTHER -> c.entry().region() && c.entry().geonameId() == 0;
      case POPULATED_PLACE, ADMIN2 -> false;
    });
  }
}
