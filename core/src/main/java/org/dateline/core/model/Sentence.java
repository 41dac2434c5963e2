package org.dateline.core.model;

import java.util.List;
import java.util.Objects;

/** One sentence with its tokens and dependency parse (empty when parsing was switched off). */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    for (Dependency d : dependencies) {
      if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
        throw new IllegalArgumentException("dependency outside sentence " + index + ": " + d);
      }
    }
  }

  /** Index of the token whose span contains character {@code offset}, or -1 when none does. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.span().start() <= offset && offset < t.span().end()) {
        return t.index();
      }
    }
    return -1;
  }
}
