package org.dateline.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.actors.Sector;
import org.dateline.core.claims.Claim;
import org.dateline.core.claims.ClaimStatus;
import org.dateline.core.claims.Contradiction;
import org.dateline.core.claims.Disagreement;
import org.dateline.core.claims.EventClaim;
import org.dateline.core.claims.Phrase;
import org.dateline.core.claims.Source;
import org.dateline.core.claims.SourceKind;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventDate;
import org.dateline.core.events.EventLocation;
import org.dateline.core.events.Modality;
import org.dateline.core.events.PloverType;
import org.dateline.core.events.Quantity;
import org.dateline.core.geo.GeoEntry;
import org.dateline.core.geo.Place;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Span;
import org.dateline.core.testkit.TestDocs;
import org.jspecify.annotations.Nullable;

/**
 * Hand-built coded articles for store tests: an asserted police assault on militants in Kirkuk,
 * and the same assault denied by officials, with a contradiction between the two.
 */
public final class StoreFixtures {
  static final GeoEntry KIRKUK =
      new GeoEntry(94787, "Kirkuk", 35.46806, 44.39222, 'P', "PPLA", "IQ", "IRQ", "13", "Kirkuk", "", 601433);

  private StoreFixtures() {}

  /** The article, dated {@code day}, from {@code outlet}; {@code cameo} codes the first event. */
  public static CodedDocument article(String id, String outlet, LocalDate day, String cameo) {
    TestDocs t = TestDocs.published(day)
        .sentence("Iraqi/JJ police/NNS attacked/VBD militants/NNS in/IN Kirkuk/NNP ,/, killing/VBG five/CD ./.")
        .sentence("Officials/NNS denied/VBD the/DT attack/NN ./.");
    String text = t.text();
    AnnotatedDocument doc = annotated(t, id, "Clash in Kirkuk " + id, outlet, day);

    Span police = span(text, "Iraqi police");
    Span militants = span(text, "militants");
    Span kirkuk = span(text, "Kirkuk");
    Span attacked = span(text, "attacked");
    Span attack = span(text, "attack ");
    attack = new Span(attack.start(), attack.end() - 1);
    ActorMention cop = police(police, "Iraqi police", 1);
    ActorMention reb = militants(militants, 3);
    Place place = new Place(kirkuk, "Kirkuk", Place.Source.NER, KIRKUK, 0.9, Place.Resolution.POPULATION, "largest", null);
    EventDate date = new EventDate(day.toString(), EventDate.Precision.DAY, EventDate.Basis.ARTICLE, null, null);

    String first = Event.idFor(id, 0, attacked);
    String second = Event.idFor(id, 1, attack);
    Event assault = new Event(first, PloverType.ASSAULT, PloverType.ASSAULT, null, null, cameo, 0, attacked, "attacked",
        List.of(cop), List.of(reb),
        List.of(new Quantity(Quantity.Kind.KILLED, 5L, Quantity.Qualifier.EXACT, span(text, "five"), "five")),
        date, new EventLocation("Kirkuk", kirkuk, place, EventLocation.Reason.CLAUSE), Modality.ASSERTED, List.of(), "c0");
    Event denied = new Event(second, PloverType.ASSAULT, PloverType.ASSAULT, null, null, "190", 1, attack, "attack",
        List.of(), List.of(), List.of(),
        new EventDate(day.toString().substring(0, 7), EventDate.Precision.MONTH, EventDate.Basis.ARTICLE, null, null),
        EventLocation.none(), Modality.NEGATED, List.of(), "c1");

    Source outletSource = new Source(outlet, null, SourceKind.ARTICLE, null, null, null, null, null, List.of(), null);
    Span officials = span(text, "Officials");
    Source officialsSource = new Source("Officials", officials, SourceKind.GROUP, new Phrase(officials, "Officials"),
        null, null, null, null, List.of(), null);
    Claim c0 = new Claim(attacked, 0, outletSource, null, ClaimStatus.ASSERTED, null, null);
    Claim c1 = new Claim(attack, 1, officialsSource, Phrase.of(text, span(text, "denied")), ClaimStatus.NEGATED,
        Phrase.of(text, span(text, "denied")), null);
    Contradiction x = new Contradiction(first, second,
        new Disagreement(Disagreement.Kind.ASSERTED_VS_DENIED, c0, c1, "asserted by " + outlet + " vs denied by Officials"));
    return new CodedDocument(doc, List.of(place), List.of(cop, reb), List.of(assault, denied), List.of(),
        List.of(new EventClaim(first, c0), new EventClaim(second, c1)), List.of(x));
  }

  static final GeoEntry MOSUL =
      new GeoEntry(99072, "Mosul", 36.335, 43.11889, 'P', "PPLA", "IQ", "IRQ", "15", "Mosul", "", 1739800);

  /** A one-sentence article reporting one event; see {@link Report}. */
  public static Report report(String id, String outlet, LocalDate day, String tagged) {
    return new Report(id, outlet, day, tagged);
  }

  /**
   * Builds a one-sentence report: its event (trigger, type, CAMEO code), the article's own claim
   * with a status, an optional count of killed and an optional place. Words "police" and
   * "militants" become the actors IRQCOP and REB.
   */
  public static final class Report {
    private final String id;
    private final String outlet;
    private final LocalDate day;
    private final String tagged;
    private String trigger = "attacked";
    private PloverType type = PloverType.ASSAULT;
    private String cameo = "190";
    private ClaimStatus status = ClaimStatus.ASSERTED;
    private String countWord;
    private long killed;
    private GeoEntry where;

    private Report(String id, String outlet, LocalDate day, String tagged) {
      this.id = id;
      this.outlet = outlet;
      this.day = day;
      this.tagged = tagged;
    }

    public Report event(String triggerWord, PloverType t, String cameoCode) {
      trigger = triggerWord;
      type = t;
      cameo = cameoCode;
      return this;
    }

    public Report status(ClaimStatus s) {
      status = s;
      return this;
    }

    public Report killed(String word, long n) {
      countWord = word;
      killed = n;
      return this;
    }

    public Report at(GeoEntry g) {
      where = g;
      return this;
    }

    public CodedDocument build() {
      TestDocs t = TestDocs.published(day).sentence(tagged);
      String text = t.text();
      AnnotatedDocument doc = annotated(t, id, null, outlet, day);
      Span trig = span(text, trigger);
      List<ActorMention> sources = new java.util.ArrayList<>();
      List<ActorMention> targets = new java.util.ArrayList<>();
      if (text.contains("police")) {
        sources.add(police(span(text, "police"), "police", 0));
      }
      if (text.contains("militants")) {
        targets.add(militants(span(text, "militants"), 0));
      }
      List<Place> places = new java.util.ArrayList<>();
      EventLocation location = EventLocation.none();
      if (where != null) {
        Span w = span(text, where.name());
        Place p = new Place(w, where.name(), Place.Source.NER, where, 0.9, Place.Resolution.POPULATION, "largest", null);
        places.add(p);
        location = new EventLocation(where.name(), w, p, EventLocation.Reason.CLAUSE);
      }
      List<Quantity> quantities = countWord == null ? List.of()
          : List.of(new Quantity(Quantity.Kind.KILLED, killed, Quantity.Qualifier.EXACT, span(text, countWord), countWord));
      String eventId = Event.idFor(id, 0, trig);
      Event e = new Event(eventId, type, type, null, null, cameo, 0, trig, trigger, sources, targets, quantities,
          new EventDate(day.toString(), EventDate.Precision.DAY, EventDate.Basis.ARTICLE, null, null), location,
          status == ClaimStatus.NEGATED ? Modality.NEGATED : Modality.ASSERTED, List.of(), "c0");
      Source own = new Source(outlet, null, SourceKind.ARTICLE, null, null, null, null, null, List.of(), null);
      Claim claim = new Claim(trig, 0, own, null, status, null, null);
      return new CodedDocument(doc, places, List.of(), List.of(e), List.of(), List.of(new EventClaim(eventId, claim)), List.of());
    }
  }

  /** The tagged sentences as the article {@code id}, with its metadata. */
  private static AnnotatedDocument annotated(TestDocs t, String id, @Nullable String title, String outlet, LocalDate day) {
    AnnotatedDocument d = t.build();
    Article a = new Article(id, id + ".txt", t.text(), title, "https://example.org/" + id, outlet, day, null, Map.of());
    return new AnnotatedDocument(a, d.layers(), d.sentences(), d.entities(), d.times(), d.corefChains(), d.quotes());
  }

  private static ActorMention police(Span span, String text, int headToken) {
    return new ActorMention(span, text, 0, headToken, "IRQCOP", "IRQ", null, List.of(Sector.COP), null,
        ActorMention.Resolution.DICTIONARY, null, null);
  }

  private static ActorMention militants(Span span, int headToken) {
    return new ActorMention(span, "militants", 0, headToken, "REB", null, null, List.of(Sector.REB), null,
        ActorMention.Resolution.DICTIONARY, null, null);
  }

  private static Span span(String text, String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException(words);
    }
    return new Span(at, at + words.length());
  }
}
