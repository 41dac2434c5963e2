package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.store.ArticleQuery;
import org.dateline.store.ArticleStore;
import org.jspecify.annotations.Nullable;

/** Articles: the list, the full record, and the text with its evidence spans. */
final class ArticleRoutes {
  private final StorePool pool;
  private final ObjectMapper mapper;

  ArticleRoutes(StorePool pool, ObjectMapper mapper) {
    this.pool = pool;
    this.mapper = mapper;
  }

  private static ArticleQuery query(Context ctx) {
    return new ArticleQuery(
        Params.text(ctx, "q"),
        Params.text(ctx, "source"),
        Params.date(ctx, "from"),
        Params.date(ctx, "to"),
        Params.integer(ctx, "limit", 50),
        Params.integer(ctx, "offset", 0));
  }

  void list(Context ctx) {
    ArticleQuery q = query(ctx);
    Object articles;
    try (StorePool.Lease lease = pool.lease()) {
      ArticleStore store = lease.store();
      articles = store.list(q);
    }
    ctx.json(Json.obj("articles", articles, "limit", q.limit(), "offset", q.offset()));
  }

  void record(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(recordOf(ctx.pathParam("id")));
  }

  private String recordOf(String id) {
    String record;
    try (StorePool.Lease lease = pool.lease()) {
      ArticleStore store = lease.store();
      record = store.record(id).orElse(null);
    }
    if (record == null) {
      throw new NotFoundResponse("no article with that id");
    }
    return record;
  }

  /**
   * The article's text with evidence spans for the page to highlight: for each event, its trigger,
   * actors, place and date words; and the named people, organisations and places.
   */
  void evidence(Context ctx) throws IOException {
    JsonNode rec = mapper.readTree(recordOf(ctx.pathParam("id")));
    List<Map<String, @Nullable Object>> spans = new ArrayList<>();
    for (JsonNode e : rec.path("events")) {
      String event = e.path("id").asText();
      addSpan(spans, "trigger", event, e.path("trigger"));
      for (JsonNode a : e.path("sources")) {
        addSpan(spans, "source", event, a);
      }
      for (JsonNode a : e.path("targets")) {
        addSpan(spans, "target", event, a);
      }
      addSpan(spans, "place", event, e.path("location"));
      addSpan(spans, "date", event, e.path("date"));
    }
    for (JsonNode m : rec.path("entities")) {
      String kind = m.path("kind").asText();
      if (List.of("person", "organization", "location", "group").contains(kind)) {
        addSpan(spans, "entity-" + kind, null, m);
      }
    }
    JsonNode dateline = rec.path("dateline");
    ctx.json(Json.obj(
        "id", rec.path("id").asText(),
        "title", textOrNull(rec.path("title")),
        "source", textOrNull(rec.path("source")),
        "published", textOrNull(rec.path("published")),
        "url", textOrNull(rec.path("url")),
        "dateline", textOrNull(dateline.path("place").path("text")),
        "text", rec.path("text").asText(),
        "evidence", spans));
  }

  private static void addSpan(List<Map<String, @Nullable Object>> out, String kind, @Nullable String event, JsonNode n) {
    if (n.path("start").isInt() && n.path("end").isInt()) {
      out.add(Json.obj("kind", kind, "event", event, "start", n.get("start").asInt(), "end", n.get("end").asInt()));
    }
  }

  private static @Nullable String textOrNull(JsonNode n) {
    return n.isValueNode() && !n.isNull() ? n.asText() : null;
  }
}
