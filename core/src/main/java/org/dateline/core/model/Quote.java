package org.dateline.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A quotation with its attributed speaker where one was found.
 *
 * @param speaker the speaker as named near the quote ("he", "Gen. Kadir")
 * @param canonicalSpeaker the speaker's most informative name, through coreference
 */
public record Quote(
    Span span,
    String text,
    @Nullable String speaker,
    @Nullable Span speakerSpan,
    @Nullable String canonicalSpeaker,
    @Nullable Span canonicalSpeakerSpan) {
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
