package org.dateline.core.events;

import java.util.List;
import java.util.Objects;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * One coded event: who did what to whom, when and where, with offsets for every field.
 *
 * @param id stable: {@code <article id>:e<sentence>:<trigger start>-<trigger end>}, plus {@code :r}
 *     for the reciprocal event of a paired code ("A visited B": B hosted A)
 * @param type the PLOVER type; for an actor's stated intent ("Portugal will support Turkey") AGREE
 *     or THREATEN, as PLOVER defines them (see {@link IntentRule})
 * @param action the type of the action itself, before the intent rule ("SUPPORT"); type and action
 *     are null only for events coded with imported dictionaries whose codes have no PLOVER type
 * @param mode PLOVER mode ("aerial", "arrest"), if any
 * @param context PLOVER context, if any
 * @param cameo CAMEO event code ("190")
 * @param sentence index of the sentence holding the trigger
 * @param trigger the trigger word(s); for a phrasal verb the verb
 * @param sources acting actors (PLOVER {@code actor}); may be empty
 * @param targets actors acted upon (PLOVER {@code recipient}); may be empty
 * @param modality what the text commits to; never used to drop the event
 * @param cues the words that set the modality, if any
 * @param date when it happened; null only when neither the clause nor the article has a date
 * @param claim id of the claim that reports this event, filled by the claims stage; null until then
 */
public record Event(
    String id,
    @Nullable PloverType type,
    @Nullable PloverType action,
    @Nullable String mode,
    @Nullable String context,
    String cameo,
    int sentence,
    Span trigger,
    String triggerText,
    List<ActorMention> sources,
    List<ActorMention> targets,
    List<Quantity> quantities,
    @Nullable EventDate date,
    EventLocation location,
    Modality modality,
    List<EventCue> cues,
    @Nullable String claim) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggerText, "triggerText");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(modality, "modality");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    quantities = List.copyOf(quantities);
    cues = List.copyOf(cues);
  }

  /** Whether the event is negated. */
  public boolean negated() {
    return modality == Modality.NEGATED;
  }

  /** The stable id for a trigger in an article. */
  public static String idFor(String articleId, int sentence, Span trigger) {
    return articleId + ":e" + sentence + ":" + trigger.start() + "-" + trigger.end();
  }
}
