/**
 * Deduplication: clusters event mentions from different articles that report the same real-world
 * happening, incrementally.
 *
 * <p>Callers turn coded articles into {@link org.dateline.core.dedup.EventSignature}s ({@link
 * org.dateline.core.dedup.Signatures#of}), fetch the clusters those events could join (a store
 * files clusters under {@link org.dateline.core.dedup.EventClusterer#blockingKey} and looks them up
 * by {@link org.dateline.core.dedup.EventClusterer#candidateKeys}), and call {@link
 * org.dateline.core.dedup.EventClusterer#assign}; it returns the changed and new {@link
 * org.dateline.core.dedup.EventCluster}s, each with its distinct sources and a {@link
 * org.dateline.core.dedup.Consensus} that keeps every disagreement. Pure Java: no store, no
 * CoreNLP. See docs/dedup.md.
 */
@NullMarked
package org.dateline.core.dedup;

import org.jspecify.annotations.NullMarked;
