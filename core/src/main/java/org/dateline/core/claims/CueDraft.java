package org.dateline.core.claims;

import org.jspecify.annotations.Nullable;

/**
 * A cue found in a sentence before its source is settled: a reporting noun without its own source
 * takes the source of the attribution it sits in.
 *
 * @param cueToken the cue's token in its sentence
 * @param contentRoot the head token of the content in the cue's sentence, or -1
 */
record CueDraft(
    @Nullable Source source, Phrase cue, CueType type, @Nullable Phrase content, int sentence,
    String cueLemma, int cueToken, int contentRoot) {}
