package org.dateline.core.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorIndex;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.claims.Attribution;
import org.dateline.core.claims.Attributor;
import org.dateline.core.claims.ClaimAnalyzer;
import org.dateline.core.claims.ClaimStatus;
import org.dateline.core.claims.Contradiction;
import org.dateline.core.claims.EventClaim;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventCoder;
import org.dateline.core.events.TriggerLexicon;
import org.dateline.core.geo.Geoparser;
import org.dateline.core.geo.Place;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Layer;
import org.dateline.core.nlp.LanguageAnnotator;
import org.dateline.core.time.TimeAnchoring;
import org.jspecify.annotations.Nullable;

/**
 * Wires the stages together: Article → AnnotatedDocument → (places, actors, events, claims) →
 * CodedDocument. Holds no state of its own beyond the stages it was built with; as thread-safe as
 * they are. Heavy resources (the annotator's models, the geoparser's gazetteer) are built once by
 * the caller and passed in.
 *
 * <p>Which stages run is decided once, here, from the layers the annotator produces: actors need
 * lemmas; events and attribution need a dependency parse too; the places stage needs named
 * entities and fails at construction, naming the fix, without them. When attribution runs, dates in clauses whose status is future or
 * intended ("plans to visit on Saturday") are re-anchored forward.
 */
public final class DatelinePipeline {
  private final LanguageAnnotator annotator;
  private final Optional<Geoparser> geoparser;
  private final ActorResolver actors;
  private final EventCoder events;
  private final boolean runActors;
  private final boolean runEvents;
  private final Attributor attributor;
  private final ClaimAnalyzer claims;
  private final EventClaims eventClaims;
  private final TimeAnchoring timeAnchoring = new TimeAnchoring();
  private final boolean attributes;

  private DatelinePipeline(Builder b) {
    this.annotator = b.annotator;
    this.geoparser = b.geoparser;
    this.actors = b.actors != null ? b.actors : new ActorResolver(ActorDictionary.shipped());
    this.events = b.events != null ? b.events : new EventCoder(TriggerLexicon.shipped());
    Set<Layer> layers = annotator.layers();
    this.runActors = layers.containsAll(Set.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS));
    this.runEvents = runActors && layers.contains(Layer.DEPENDENCIES);
    this.attributor = b.attributor;
    this.claims = new ClaimAnalyzer(attributor);
    this.eventClaims = new EventClaims(claims);
    this.attributes = annotator.layers().containsAll(Attributor.REQUIRED);
    if (geoparser.isPresent()
        && !annotator.layers().containsAll(List.of(Layer.TOKENS, Layer.POS, Layer.ENTITIES))) {
      throw new IllegalArgumentException("the places stage needs named entities: include 'ner' in"
          + " --annotators (or switch places off with --no-places)");
    }
  }

  /** A pipeline with the language annotation and the stages that need no extra resources. */
  public DatelinePipeline(LanguageAnnotator annotator) {
    this(builder(annotator));
  }

  public static Builder builder(LanguageAnnotator annotator) {
    return new Builder(annotator);
  }

  /** Codes one article. Throws {@link RuntimeException} only for a fault in a stage. */
  public CodedDocument code(Article article) {
    return code(annotator.annotate(article));
  }

  /** Runs the stages after language annotation (for cached or externally produced annotation). */
  public CodedDocument code(AnnotatedDocument annotated) {
    AnnotatedDocument doc = annotated;
    List<Attribution> attributions = List.of();
    if (attributes && annotated.layers().containsAll(Attributor.REQUIRED)) {
      AnnotatedDocument parsed = annotated;
      doc = timeAnchoring.apply(parsed, t -> claims.statusAt(parsed, t.sentence(), t.span()) == ClaimStatus.FUTURE);
      attributions = attributor.attribute(doc);
    }
    AnnotatedDocument finalDoc = doc;
    List<Place> places = geoparser.map(g -> g.places(finalDoc)).orElse(List.of());
    List<ActorMention> actorMentions = List.of();
    List<Event> coded = List.of();
    if (runActors && doc.has(Layer.LEMMAS)) {
      ActorIndex index = actors.resolve(doc);
      actorMentions = index.mentions();
      coded = runEvents && doc.has(Layer.DEPENDENCIES) ? EventPlaces.link(events.code(doc, index), places) : List.of();
    }
    List<EventClaim> claimed = List.of();
    List<Contradiction> disagreements = List.of();
    if (attributes && !coded.isEmpty() && doc.layers().containsAll(Attributor.REQUIRED)) {
      claimed = eventClaims.claims(doc, attributions, coded);
      disagreements = eventClaims.contradictions(coded, claimed);
    }
    return new CodedDocument(doc, places, actorMentions, coded, attributions, claimed, disagreements);
  }

  /** Assembles a pipeline; stages left unset use their defaults or are off. */
  public static final class Builder {
    private final LanguageAnnotator annotator;
    private Optional<Geoparser> geoparser = Optional.empty();
    private Attributor attributor = new Attributor();
    private @Nullable ActorResolver actors;
    private @Nullable EventCoder events;

    private Builder(LanguageAnnotator annotator) {
      this.annotator = Objects.requireNonNull(annotator, "annotator");
    }

    /** The places stage, with its gazetteer; empty switches it off. */
    public Builder geoparser(Optional<Geoparser> geoparser) {
      this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
      return this;
    }

    /** Actor dictionaries; default: the shipped ones. */
    public Builder actors(ActorResolver actors) {
      this.actors = Objects.requireNonNull(actors, "actors");
      return this;
    }

    /** Event trigger lexicon and coder; default: the shipped lexicon. */
    public Builder events(EventCoder events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    public Builder attributor(Attributor attributor) {
      this.attributor = Objects.requireNonNull(attributor, "attributor");
      return this;
    }

    public DatelinePipeline build() {
      return new DatelinePipeline(this);
    }
  }
}
