package org.dateline.eval.geo;

import java.util.List;

/** A gold document: its text and toponyms (offsets into {@code text}). */
public record GoldDocument(String id, String text, List<GoldToponym> toponyms) {
  public GoldDocument {
    toponyms = List.copyOf(toponyms);
  }
}
