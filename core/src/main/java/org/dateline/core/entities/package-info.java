/**
 * Dateline's own named-entity tagger: persons, organisations and places from proper-noun chunks,
 * dictionaries and cue words, in place of CoreNLP's statistical taggers (issue 8). Works on
 * Dateline's token records only; the {@code nlp} package adapts it to CoreNLP.
 */
@NullMarked
package org.dateline.core.entities;

import org.jspecify.annotations.NullMarked;
