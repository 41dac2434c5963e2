package org.dateline.core.claims;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One act of reported speech or thought: a source, the cue that attributes, and the content.
 *
 * @param sentence index of the sentence holding the cue
 * @param content what is attributed; null when only the source and cue were found
 * @param status the status the cue and content carry ("denied" → NEGATED, "said" → REPORTED)
 * @param statusCue the words that set the status, if any besides a plain reporting cue
 */
public record Attribution(
    Source source,
    Phrase cue,
    CueType cueType,
    @Nullable Phrase content,
    int sentence,
    ClaimStatus status,
    @Nullable Phrase statusCue) {

  public Attribution {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(cueType, "cueType");
    Objects.requireNonNull(status, "status");
    if (sentence < 0) {
      throw new IllegalArgumentException("negative sentence index");
    }
  }

  public Attribution withSource(Source newSource) {
    return new Attribution(newSource, cue, cueType, content, sentence, status, statusCue);
  }
}
