package org.dateline.core.model;

/**
 * A half-open range of UTF-16 character offsets {@code [start, end)} into the original article
 * text. Every extracted value in Dateline carries one, so any field can be traced back to the words
 * it came from.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text; fails if the span does not lie inside {@code text}. */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") outside text of length " + text.length());
    }
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
