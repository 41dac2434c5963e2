package org.dateline.core.events;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.regex.Pattern;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Dateline;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.TimeExpression;
import org.jspecify.annotations.Nullable;

/**
 * An event's date and place: a time expression or place inside the trigger's phrase or clause (or
 * whose clause contains the trigger: "since April, when ... drove"), else the article's date and
 * the dateline's place.
 */
final class Circumstances {
  private Circumstances() {}

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  static @Nullable EventDate date(AnnotatedDocument doc, Parse p, int trigger, int anchor) {
    BitSet own = p.subtree(anchor);
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : doc.times()) {
      if (t.sentence() != p.sentence.index() || t.value() == null || !ISO_DATE.matcher(t.value()).matches()) {
        continue;
      }
      int head = p.tokenAt(t.span().end() - 1);
      if (head < 0) {
        continue;
      }
      boolean related = own.get(head) || p.subtree(head).get(trigger);
      int distance = Math.abs(head - trigger);
      if (related && distance < bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    if (best != null) {
      String v = best.value();
      EventDate.Precision precision =
          v.length() == 10 ? EventDate.Precision.DAY : v.length() == 7 ? EventDate.Precision.MONTH : EventDate.Precision.YEAR;
      return new EventDate(v, precision, EventDate.Basis.CLAUSE, best.span(), best.text());
    }
    LocalDate ref = doc.article().referenceDate();
    return ref == null ? null : new EventDate(ref.toString(), EventDate.Precision.DAY, EventDate.Basis.ARTICLE, null, null);
  }

  static EventLocation location(AnnotatedDocument doc, Parse p, int trigger, int anchor) {
    // Directional anchors ("west of Kirkuk") only when the clause names no other place.
    EntityMention place = null;
    for (boolean anchors : new boolean[] {false, true}) {
      place = firstPlaceIn(doc, p, p.subtree(trigger), anchors);
      if (place == null && anchor != trigger) {
        place = firstPlaceIn(doc, p, p.subtree(anchor), anchors);
      }
      if (place != null) {
        break;
      }
    }
    if (place != null && isDirectionAnchor(p, place.firstToken())) {
      EntityMention named = placeNamedAfter(doc, p, place);
      place = named != null ? named : place;
    }
    if (place != null) {
      return new EventLocation(place.text(), place.span(), null, EventLocation.Reason.CLAUSE);
    }
    Dateline d = doc.article().dateline();
    if (d != null && d.place() != null) {
      return new EventLocation(d.place(), d.placeSpan(), null, EventLocation.Reason.DATELINE);
    }
    return EventLocation.none();
  }

  /**
   * A place named right after a directional anchor, with no finite verb between: "west of Kirkuk,
   * in a town called Al Riyadh" names the town the anchor only situates, however the parser
   * attached it.
   */
  private static @Nullable EntityMention placeNamedAfter(AnnotatedDocument doc, Parse p, EntityMention anchor) {
    for (EntityMention e : doc.entities()) {
      if (e.sentence() != p.sentence.index() || e.kind() != EntityKind.LOCATION || e.firstToken() < anchor.endToken()
          || e.endToken() > p.size()) {
        continue;
      }
      for (int t = anchor.endToken(); t < e.firstToken(); t++) {
        String pos = p.token(t).pos();
        if (pos.startsWith("VB") && !pos.equals("VBN") || pos.equals("CC")) {
          return null; // another clause, or a list of places
        }
      }
      return isDirectionAnchor(p, e.firstToken()) ? null : e;
    }
    return null;
  }

  /**
   * The first place named in {@code tokens} that is not a modifier ("US forces" names no place),
   * skipping anchors of directional phrases unless {@code anchors}: in "west of Kirkuk, in a town
   * called Al Riyadh" the anchor only says where the place is from.
   */
  private static @Nullable EntityMention firstPlaceIn(
      AnnotatedDocument doc, Parse p, BitSet tokens, boolean anchors) {
    for (EntityMention e : doc.entities()) {
      int head = e.endToken() - 1;
      if (e.sentence() != p.sentence.index() || e.kind() != EntityKind.LOCATION || head >= p.size() || !tokens.get(head)) {
        continue;
      }
      org.dateline.core.model.Dependency up = p.parent(head);
      String rel = up == null ? "" : up.relation();
      if (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")) {
        continue;
      }
      if (anchors || !isDirectionAnchor(p, e.firstToken())) {
        return e;
      }
    }
    return null;
  }

  private static final java.util.Set<String> DIRECTIONS = java.util.Set.of(
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
      "north-east", "north-west", "south-east", "south-west");

  /** Whether the place at {@code first} follows "west of", "south-east of" and the like. */
  private static boolean isDirectionAnchor(Parse p, int first) {
    return first >= 2
        && p.word(first - 1).equalsIgnoreCase("of")
        && DIRECTIONS.contains(p.word(first - 2).toLowerCase(java.util.Locale.ROOT));
  }
}
