package org.dateline.store;

import org.jspecify.annotations.Nullable;

/**
 * Two events' claims that cannot both hold; kind is "asserted_vs_denied" or "count".
 *
 * @param articleId for scope "article", the article both events are in; for scope "cluster", the
 *     article of the second event
 * @param scope "article" (found by the claims stage inside one article) or "cluster" (between
 *     reports of one happening from different articles)
 * @param clusterId the cluster holding both events, for scope "cluster"
 */
public record StoredContradiction(
    String articleId, String kind, String firstEvent, String secondEvent, String explanation, String scope,
    @Nullable String clusterId) {
  public static final String ARTICLE = "article";
  public static final String CLUSTER = "cluster";

  /** An in-article contradiction (the record's shape before cross-article ones existed). */
  public StoredContradiction(String articleId, String kind, String firstEvent, String secondEvent, String explanation) {
    this(articleId, kind, firstEvent, secondEvent, explanation, ARTICLE, null);
  }
}
