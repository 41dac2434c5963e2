package org.dateline.core.claims;

import java.util.Objects;
import org.dateline.core.model.Span;

/** A number read from the text ("Two" = 2, "42"), with the words it came from. */
public record Count(int value, Span span) {
  public Count {
    Objects.requireNonNull(span, "span");
    if (value < 0) {
      throw new IllegalArgumentException("negative count " + value);
    }
  }
}
