package org.dateline.core.events;

import java.util.Objects;
import org.dateline.core.model.Span;

/** A word that sets an event's {@link Modality}, with its offsets. */
public record EventCue(Modality modality, Span span, String text) {
  public EventCue {
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (modality == Modality.ASSERTED) {
      throw new IllegalArgumentException("an asserted event has no cue");
    }
  }
}
