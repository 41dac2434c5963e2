package org.dateline.core.events;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A verb pattern imported from a PETRARCH verb dictionary: words that must occur before the verb
 * and in the verb's phrase after it ("ABANDON" with "- * DIPLOMATIC TIES [901]"). Each element is
 * a set of alternatives (a synset); an alternative ending in {@code *} is a stem.
 *
 * @param trigger the coding when the pattern matches; null for a pattern that blocks coding
 */
public record VerbPattern(String verb, List<Set<String>> before, List<Set<String>> after, @Nullable Trigger trigger) {
  public VerbPattern {
    Objects.requireNonNull(verb, "verb");
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  public int size() {
    return before.size() + after.size();
  }
}
