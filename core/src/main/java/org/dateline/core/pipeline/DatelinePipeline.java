package org.dateline.core.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorIndex;
import org.dateline.core.actors.ActorResolver;
import org.dateline.core.events.Event;
import org.dateline.core.events.EventCoder;
import org.dateline.core.events.TriggerLexicon;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Layer;
import org.dateline.core.nlp.LanguageAnnotator;

/**
 * Wires the stages together: Article → AnnotatedDocument → (places, actors, events, claims) →
 * CodedDocument. Holds no state of its own beyond the stages it was built with; as thread-safe as
 * they are.
 *
 * <p>The actors stage runs when the annotator produces lemmas; the events stage when it also
 * produces dependencies. With fewer layers (a user's {@code --annotators tokenize,ssplit}) those
 * sections are empty, decided once here rather than per article.
 */
public final class DatelinePipeline {
  private final LanguageAnnotator annotator;
  private final ActorResolver actors;
  private final EventCoder events;
  private final boolean runActors;
  private final boolean runEvents;

  /** A pipeline with the shipped actor dictionaries and trigger lexicon. */
  public DatelinePipeline(LanguageAnnotator annotator) {
    this(annotator, new ActorResolver(ActorDictionary.shipped()), new EventCoder(TriggerLexicon.shipped()));
  }

  public DatelinePipeline(LanguageAnnotator annotator, ActorResolver actors, EventCoder events) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.actors = Objects.requireNonNull(actors, "actors");
    this.events = Objects.requireNonNull(events, "events");
    Set<Layer> layers = annotator.layers();
    this.runActors = layers.containsAll(Set.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS));
    this.runEvents = runActors && layers.contains(Layer.DEPENDENCIES);
  }

  /** Codes one article. Throws {@link RuntimeException} only for a fault in a stage. */
  public CodedDocument code(Article article) {
    return code(annotator.annotate(article));
  }

  /** Runs the stages after language annotation (for cached or externally produced annotation). */
  public CodedDocument code(AnnotatedDocument annotated) {
    if (!runActors || !annotated.has(Layer.LEMMAS)) {
      return new CodedDocument(annotated);
    }
    ActorIndex index = actors.resolve(annotated);
    List<Event> coded = runEvents && annotated.has(Layer.DEPENDENCIES) ? events.code(annotated, index) : List.of();
    return new CodedDocument(annotated, index.mentions(), coded);
  }
}
