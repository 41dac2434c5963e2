/**
 * Actors: a human-editable actor dictionary (TSV, documented in {@code docs/events.md}), an importer
 * for PETRARCH/Phoenix dictionaries, and the resolver that turns noun phrases and coreference
 * chains into coded {@link org.dateline.core.actors.ActorMention}s.
 */
@NullMarked
package org.dateline.core.actors;

import org.jspecify.annotations.NullMarked;
