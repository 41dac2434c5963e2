/**
 * Ingest: reading articles from plain text (with datelines), JSON Lines and streams into {@link
 * org.dateline.core.model.Article} records, with a per-item failure for anything unreadable.
 */
@NullMarked
package org.dateline.core.ingest;

import org.jspecify.annotations.NullMarked;
