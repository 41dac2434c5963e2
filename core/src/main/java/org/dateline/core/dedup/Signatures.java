package org.dateline.core.dedup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventDate;
import org.dateline.core.events.EventLocation;
import org.dateline.core.geo.GeoEntry;
import org.dateline.core.geo.Place;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/** Builds {@link EventSignature}s from a coded article. Stateless. */
public final class Signatures {
  private Signatures() {}

  /** Characters of the article body taken as its context (headline plus about two sentences). */
  static final int CONTEXT_CHARS = 400;

  /** One signature per event of {@code doc}, in event order. */
  public static List<EventSignature> of(CodedDocument doc) {
    List<EventSignature> out = new ArrayList<>();
    String context = context(doc);
    for (Event e : doc.events()) {
      out.add(of(doc, e, context));
    }
    return out;
  }

  private static EventSignature of(CodedDocument doc, Event e, String context) {
    String text = doc.article().text();
    Sentence sentence = e.sentence() < doc.annotated().sentences().size() ? doc.annotated().sentences().get(e.sentence()) : null;
    Set<String> codes = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (List<ActorMention> side : List.of(e.sources(), e.targets())) {
      for (ActorMention a : side) {
        codes.add(a.code());
        names.add((a.name() != null ? a.name() : a.text()).toLowerCase(Locale.ROOT));
      }
    }
    return new EventSignature(
        e.id(),
        doc.article().id(),
        doc.article().source(),
        e.type() == null ? null : e.type().name(),
        e.cameo(),
        triggerLemma(sentence, e),
        codes,
        names,
        place(doc, e.location()),
        date(e.date()),
        sentence == null ? e.triggerText() : sentence.span().of(text),
        context);
  }

  private static String triggerLemma(@Nullable Sentence s, Event e) {
    if (s != null) {
      for (Token t : s.tokens()) {
        if (t.span().overlaps(e.trigger())) {
          return t.lemma().toLowerCase(Locale.ROOT);
        }
      }
    }
    return e.triggerText().toLowerCase(Locale.ROOT);
  }

  private static EventSignature.@Nullable DateRef date(@Nullable EventDate d) {
    return d == null ? null : EventSignature.DateRef.parse(d.value(), d.precision(), d.basis() == EventDate.Basis.ARTICLE);
  }

  /** The resolved place whose mention overlaps the event's location words; else the words alone. */
  private static EventSignature.@Nullable PlaceRef place(CodedDocument doc, EventLocation loc) {
    Span span = loc.span();
    if (span == null || loc.text() == null) {
      return null;
    }
    for (Place p : doc.places()) {
      GeoEntry g = p.entry();
      if (g != null && p.span().overlaps(span)) {
        String ref = g.geonameId() > 0 ? "geonames:" + g.geonameId() : g.name().toLowerCase(Locale.ROOT);
        return new EventSignature.PlaceRef(ref, g.countryIso3().isEmpty() ? null : g.countryIso3(), g.lat(), g.lon(), precision(g));
      }
    }
    return new EventSignature.PlaceRef(loc.text().toLowerCase(Locale.ROOT), null, Double.NaN, Double.NaN,
        EventSignature.PlaceRef.Precision.CITY);
  }

  private static EventSignature.PlaceRef.Precision precision(GeoEntry g) {
    return switch (g.level()) {
      case COUNTRY -> EventSignature.PlaceRef.Precision.COUNTRY;
      case ADMIN1, ADMIN2 -> EventSignature.PlaceRef.Precision.REGION;
      case POPULATED_PLACE -> EventSignature.PlaceRef.Precision.CITY;
      case OTHER -> EventSignature.PlaceRef.Precision.POINT;
    };
  }

  private static String context(CodedDocument doc) {
    String text = doc.article().text();
    int start = doc.article().bodyStart();
    String lead = text.substring(start, Math.min(text.length(), start + CONTEXT_CHARS));
    String title = doc.article().title();
    return title == null ? lead : title + "\n" + lead;
  }
}
