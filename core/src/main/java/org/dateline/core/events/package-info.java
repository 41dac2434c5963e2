/**
 * Events: PLOVER 2.0 types, modes and contexts with CAMEO codes, coded from a trigger lexicon and
 * the dependency parse. The public face is {@link org.dateline.core.events.EventCoder} and the
 * {@link org.dateline.core.events.Event} records it returns.
 */
@NullMarked
package org.dateline.core.events;

import org.jspecify.annotations.NullMarked;
