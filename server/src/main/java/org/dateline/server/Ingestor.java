package org.dateline.server;

import org.dateline.core.model.Article;

/** Codes and stores one posted article; returns what the store did ("added", "unchanged"...). */
@FunctionalInterface
public interface Ingestor {
  String ingest(Article article);
}
