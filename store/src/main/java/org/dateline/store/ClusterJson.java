package org.dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON columns of {@code event_clusters}: consensus actors and disagreement votes. */
final class ClusterJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterJson() {}

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value, e);
    }
  }

  static List<String> actors(@Nullable String json) {
    return json == null ? List.of() : read(json, new TypeReference<List<String>>() {});
  }

  static Map<String, Map<String, Integer>> disagreements(@Nullable String json) {
    return json == null ? Map.of() : read(json, new TypeReference<Map<String, Map<String, Integer>>>() {});
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a cluster's stored JSON does not parse: " + e.getOriginalMessage(), e);
    }
  }
}
