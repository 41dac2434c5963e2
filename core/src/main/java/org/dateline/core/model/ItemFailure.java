package org.dateline.core.model;

import java.util.Objects;

/**
 * Why one input item could not be processed. Bad data never ends a run: it becomes one of these,
 * is reported on one line, and the run goes on.
 *
 * @param item the item as a user would name it ({@code "news.jsonl:12"}, a file path)
 * @param stage the stage that rejected it ({@code "ingest"}, {@code "nlp"})
 */
public record ItemFailure(String item, String stage, String message) {
  public ItemFailure {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return item + ": " + stage + ": " + message;
  }
}
