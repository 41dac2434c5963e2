package org.dateline.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns user words into an FTS5 query that matches them literally: each word is quoted, so
 * operators and syntax in user input (AND, NEAR, quotes, colons) are searched for, never run.
 */
final class FtsQuery {
  private FtsQuery() {}

  static String quote(String userQuery) {
    List<String> terms = new ArrayList<>();
    for (String w : userQuery.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        terms.add("\"" + w.replace("\"", "\"\"") + "\"");
      }
    }
    return terms.isEmpty() ? "\"\"" : String.join(" ", terms);
  }
}
