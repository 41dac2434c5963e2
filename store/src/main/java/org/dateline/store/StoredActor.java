package org.dateline.store;

import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * An event's source or target actor.
 *
 * @param role "source" or "target"
 * @param code the actor code ("IRQGOVMIL")
 * @param country ISO 3166 alpha-3, if known
 * @param sector the head sector code ("MIL"), if any
 */
public record StoredActor(
    String role,
    String text,
    Span span,
    String code,
    @Nullable String country,
    @Nullable String organisation,
    @Nullable String sector,
    @Nullable String name) {}
