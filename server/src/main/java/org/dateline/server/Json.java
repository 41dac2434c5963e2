package org.dateline.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/** JSON objects in a fixed key order, nulls kept (Map.of refuses them). */
final class Json {
  private Json() {}

  static Map<String, @Nullable Object> obj(@Nullable Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values come in pairs");
    }
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** An evidence span: what kind of evidence, where it is in the article text. */
  static Map<String, @Nullable Object> span(String kind, Span s) {
    return obj("kind", kind, "start", s.start(), "end", s.end());
  }
}
