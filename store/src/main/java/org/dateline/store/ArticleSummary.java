package org.dateline.store;

import org.jspecify.annotations.Nullable;

/** One line of an article listing. */
public record ArticleSummary(
    String id,
    @Nullable String title,
    @Nullable String source,
    @Nullable String published,
    @Nullable String url,
    @Nullable String datelinePlace) {}
