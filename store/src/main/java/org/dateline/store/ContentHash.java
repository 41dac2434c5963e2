package org.dateline.store;

import org.dateline.core.ingest.ContentIds;

/** SHA-256 of an article's text: tells an unchanged article from an edited one. */
public final class ContentHash {
  private ContentHash() {}

  public static String of(String text) {
    return ContentIds.sha256Hex(text);
  }
}
