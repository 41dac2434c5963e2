package org.dateline.store;

/** Two events' claims that cannot both hold; kind is "asserted_vs_denied" or "count". */
public record StoredContradiction(String articleId, String kind, String firstEvent, String secondEvent, String explanation) {}
