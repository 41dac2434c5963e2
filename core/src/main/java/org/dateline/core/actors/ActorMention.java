package org.dateline.core.actors;

import java.util.List;
import java.util.Objects;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of text resolved to a coded actor.
 *
 * @param span the mention's words in the article text
 * @param sentence sentence index
 * @param headToken index of the phrase's head token in the sentence
 * @param code the actor code: country or organisation code followed by sector codes
 *     ({@code "IRQGOVMIL"}, {@code "ISIS"}, {@code "USAMIL"})
 * @param country ISO 3166 alpha-3, if known
 * @param organisation code of the named organisation or group, if any ({@code "ISIS"})
 * @param sectors sectors, outermost modifier first, head last
 * @param name canonical name of the entry that named the actor ("Islamic State"), if any
 * @param resolution how the mention was resolved
 * @param antecedent for coreference: the span of the mention it was resolved through
 * @param role a person's role when the person was coded as their organisation
 */
public record ActorMention(
    Span span,
    String text,
    int sentence,
    int headToken,
    String code,
    @Nullable String country,
    @Nullable String organisation,
    List<Sector> sectors,
    @Nullable String name,
    Resolution resolution,
    @Nullable Span antecedent,
    @Nullable String role) {

  /** How a mention was coded. */
  public enum Resolution {
    /** Words of the mention matched the dictionary. */
    DICTIONARY,
    /** A pronoun or description coded through its coreference chain. */
    COREFERENCE,
    /** A person coded as the organisation they lead on the article's date. */
    ROLE,
    /**
     * A noun phrase no dictionary codes, named by its own words (PETRARCH's {@code
     * new_actor_length}); only when the event coder is asked for such actors.
     */
    PHRASE
  }

  public ActorMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(resolution, "resolution");
    sectors = List.copyOf(sectors);
  }

  /** The innermost (head) sector, if any. */
  public @Nullable Sector sector() {
    return sectors.isEmpty() ? null : sectors.get(sectors.size() - 1);
  }

  /** A copy standing for another mention of the same actor (coreference). */
  public ActorMention through(Span at, String atText, int atSentence, int atHead) {
    return new ActorMention(
        at, atText, atSentence, atHead, code, country, organisation, sectors, name,
        Resolution.COREFERENCE, span, role);
  }
}
