package org.dateline.core.claims;

import java.util.Objects;
import org.dateline.core.model.Span;

/** Words of the article with their offsets: {@code text} equals {@code span.of(article.text())}. */
public record Phrase(Span span, String text) {
  public Phrase {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  /** The phrase covering {@code span} of {@code articleText}. */
  public static Phrase of(String articleText, Span span) {
    return new Phrase(span, span.of(articleText));
  }
}
