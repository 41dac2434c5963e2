package org.dateline.eval.geo;

/**
 * One toponym of a gold or system annotation: a span of the document text and its coordinates
 * (NaN when the system recognised the name but could not resolve it).
 */
public record GoldToponym(int start, int end, String name, double lat, double lon) {
  public GoldToponym {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + name);
    }
  }

  public boolean resolved() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }
}
