package org.dateline.core.events;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A verb pattern imported from a PETRARCH verb dictionary: elements that must occur, in order,
 * before the verb and in the verb's phrase after it ("ABANDON" with "- * DIPLOMATIC TIES [901]").
 * Words joined by {@code _} in the dictionary must be consecutive ({@code adjacent}); words
 * separated by blanks may have others between them. An element is either a set of alternative
 * phrases (a word, or a synset whose members are phrases of consecutive words; a word ending in
 * {@code *} is a stem) or a slot ({@code $} source actor, {@code +} target actor, {@code %} compound
 * actor: before the verb coded toward its own members, after it the targets; {@code ^} any one word, a
 * skipped phrase).
 *
 * @param touchesVerb whether the last element before the verb must end right before it ({@code RECENTLY_*})
 * @param trigger the coding when the pattern matches; null for a pattern that blocks coding
 */
public record VerbPattern(
    String verb, List<Element> before, boolean touchesVerb, List<Element> after, @Nullable Trigger trigger) {
  /** What an actor slot binds. */
  public enum Slot { SOURCE, TARGET, COMPOUND, SKIP }

  /**
   * One element of a pattern.
   *
   * @param phrases alternative word sequences (lower case); empty for a slot
   * @param slot the actor slot, or null for words
   * @param adjacent whether the element must start right after the previous one (for the first
   *     element after the verb: right after the verb)
   */
  public record Element(List<List<String>> phrases, @Nullable Slot slot, boolean adjacent) {
    public Element {
      phrases = phrases.stream().map(List::copyOf).toList();
      if (phrases.isEmpty() && slot == null) {
        throw new IllegalArgumentException("a pattern element needs words or a slot");
      }
    }

    static Element words(List<List<String>> phrases, boolean adjacent) {
      return new Element(phrases, null, adjacent);
    }

    static Element slot(Slot slot, boolean adjacent) {
      return new Element(List.of(), slot, adjacent);
    }

    /** Words the element asks for (a slot counts as one): the measure of a pattern's specificity. */
    int weight() {
      return slot != null ? 1 : phrases.stream().mapToInt(List::size).min().orElse(1);
    }
  }

  public VerbPattern {
    Objects.requireNonNull(verb, "verb");
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** The pattern's specificity: the number of words and slots it requires. */
  public int size() {
    return before.stream().mapToInt(Element::weight).sum() + after.stream().mapToInt(Element::weight).sum();
  }
}
