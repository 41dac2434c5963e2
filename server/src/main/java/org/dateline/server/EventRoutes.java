package org.dateline.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.store.ArticleQuery;
import org.dateline.store.ArticleStore;
import org.dateline.store.EventDetail;
import org.dateline.store.EventQuery;
import org.dateline.store.Listings;
import org.dateline.store.StoredContradiction;
import org.dateline.store.StoredEvent;
import org.jspecify.annotations.Nullable;

/** Events: the filtered list, one event in full, the timeline, places, actors, and search. */
final class EventRoutes {
  /** Above this many days a timeline with interval=auto counts weeks instead of days. */
  static final int AUTO_DAY_SPAN = 92;

  /** How a timeline is bucketed; AUTO picks days or weeks by the span of the data. */
  enum Interval { DAY, WEEK, AUTO }

  /** Place listings: distinct places, or countries. */
  enum Level { PLACE, COUNTRY }

  private final StorePool pool;

  EventRoutes(StorePool pool) {
    this.pool = pool;
  }

  /** The filters every event endpoint shares, from the query string. */
  static EventQuery query(Context ctx, int defaultLimit) {
    String bbox = Params.text(ctx, "bbox");
    return EventQuery.builder()
        .types(Params.list(ctx, "type"))
        .mode(Params.text(ctx, "mode"))
        .actor(Params.text(ctx, "actor"))
        .country(Params.text(ctx, "country"))
        .place(Params.text(ctx, "place"))
        .from(Params.date(ctx, "from"))
        .to(Params.date(ctx, "to"))
        .status(Params.text(ctx, "status"))
        .minSources(Params.integer(ctx, "minSources", 0))
        .text(Params.text(ctx, "q"))
        .bbox(bbox == null ? null : EventQuery.BoundingBox.parse(bbox))
        .articleId(Params.text(ctx, "article"))
        .sort(Params.choice(ctx, "sort", EventQuery.Sort.class, EventQuery.Sort.NEWEST))
        .limit(Params.integer(ctx, "limit", defaultLimit))
        .offset(Params.integer(ctx, "offset", 0))
        .build();
  }

  void list(Context ctx) {
    EventQuery q = query(ctx, 100);
    List<StoredEvent> page;
    long total;
    Set<String> contradicted;
    try (StorePool.Lease lease = pool.lease()) {
      ArticleStore store = lease.store();
      page = store.events(q);
      total = store.eventCount(q);
      contradicted = contradicted(store, page);
    }
    List<Map<String, @Nullable Object>> events = new ArrayList<>();
    for (StoredEvent e : page) {
      events.add(EventViews.summary(e, contradicted.contains(e.id())));
    }
    ctx.json(Json.obj("events", events, "total", total, "limit", q.limit(), "offset", q.offset()));
  }

  // Contradictions are recorded per article, so one look-up per distinct article on the page.
  private static Set<String> contradicted(ArticleStore store, List<StoredEvent> page) {
    Set<String> ids = new HashSet<>();
    Set<String> articles = new HashSet<>();
    page.forEach(e -> { ids.add(e.id()); articles.add(e.articleId()); });
    Set<String> out = new HashSet<>();
    for (String article : articles) {
      for (StoredContradiction c : articleContradictions(store, article)) {
        if (ids.contains(c.firstEvent())) {
          out.add(c.firstEvent());
        }
        if (ids.contains(c.secondEvent())) {
          out.add(c.secondEvent());
        }
      }
    }
    return out;
  }

  private static List<StoredContradiction> articleContradictions(ArticleStore store, String articleId) {
    return store.contradictions(EventQuery.builder().articleId(articleId).limit(EventQuery.MAX_LIMIT).build());
  }

  void detail(Context ctx) {
    String id = ctx.pathParam("id");
    Map<String, @Nullable Object> body;
    try (StorePool.Lease lease = pool.lease()) {
      ArticleStore store = lease.store();
      EventDetail d = store.event(id).orElseThrow(() -> new NotFoundResponse("no event with that id"));
      List<EventDetail> others = new ArrayList<>();
      for (String other : d.clusterEvents()) {
        if (!other.equals(id)) {
          store.event(other).ifPresent(others::add);
        }
      }
      List<Map<String, @Nullable Object>> contradictions = new ArrayList<>();
      for (StoredContradiction c : articleContradictions(store, d.event().articleId())) {
        if (EventViews.involves(c, Set.of(id))) {
          String otherId = c.firstEvent().equals(id) ? c.secondEvent() : c.firstEvent();
          Optional<EventDetail> other = store.event(otherId);
          contradictions.add(EventViews.contradiction(c, id, other.orElse(null)));
        }
      }
      body = EventViews.detail(d, others, contradictions);
    }
    ctx.json(body);
  }

  /** Counts per day or ISO week (labelled by its Monday) and type, oldest first, gaps left out. */
  void timeline(Context ctx) {
    EventQuery q = query(ctx, EventQuery.MAX_LIMIT);
    Interval interval = Params.choice(ctx, "interval", Interval.class, Interval.DAY);
    List<Listings.TimelineCount> counts;
    Listings.Bucket bucket = interval == Interval.WEEK ? Listings.Bucket.WEEK : Listings.Bucket.DAY;
    try (StorePool.Lease lease = pool.lease()) {
      ArticleStore store = lease.store();
      counts = store.timeline(q, bucket);
      if (interval == Interval.AUTO && spanDays(counts) > AUTO_DAY_SPAN) {
        bucket = Listings.Bucket.WEEK;
        counts = store.timeline(q, bucket);
      }
    }
    Map<String, Map<String, Object>> buckets = new LinkedHashMap<>();
    for (Listings.TimelineCount c : counts) {
      Map<String, Object> b = buckets.computeIfAbsent(c.period(), p -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", p);
        m.put("counts", new LinkedHashMap<String, Long>());
        m.put("total", 0L);
        return m;
      });
      @SuppressWarnings("unchecked")
      Map<String, Long> byType = (Map<String, Long>) b.get("counts");
      byType.merge(c.type() == null ? "UNTYPED" : c.type(), c.count(), Long::sum);
      b.put("total", (Long) b.get("total") + c.count());
    }
    ctx.json(Json.obj("interval", bucket.name().toLowerCase(java.util.Locale.ROOT), "buckets", new ArrayList<>(buckets.values())));
  }

  private static long spanDays(List<Listings.TimelineCount> counts) {
    if (counts.isEmpty()) {
      return 0;
    }
    return ChronoUnit.DAYS.between(LocalDate.parse(counts.get(0).period()), LocalDate.parse(counts.get(counts.size() - 1).period()));
  }

  void places(Context ctx) {
    EventQuery q = query(ctx, 100);
    Level level = Params.choice(ctx, "level", Level.class, Level.PLACE);
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    if (level == Level.COUNTRY) {
      List<Listings.Count> counts;
      try (StorePool.Lease lease = pool.lease()) {
        ArticleStore store = lease.store();
        counts = store.countByCountry(q);
      }
      for (Listings.Count c : counts) {
        if (c.value() != null) {
          out.add(Json.obj("country", c.value(), "name", CountryNames.of(c.value()), "events", c.events()));
        }
      }
    } else {
      List<Listings.PlaceCount> places;
      try (StorePool.Lease lease = pool.lease()) {
        ArticleStore store = lease.store();
        places = store.eventPlaces(q);
      }
      for (Listings.PlaceCount p : places) {
        out.add(Json.obj("place", p.placeRef(), "name", p.name(), "lat", p.lat(), "lon", p.lon(),
            "country", p.countryIso3(), "events", p.events()));
      }
    }
    ctx.json(Json.obj("places", out));
  }

  void actors(Context ctx) {
    EventQuery q = query(ctx, 100);
    List<Listings.ActorCount> actors;
    try (StorePool.Lease lease = pool.lease()) {
      ArticleStore store = lease.store();
      actors = store.eventActors(q);
    }
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    for (Listings.ActorCount a : actors) {
      out.add(Json.obj("code", a.code(), "name", a.name(), "country", a.country(), "events", a.events()));
    }
    ctx.json(Json.obj("actors", out));
  }

  /** Articles by full-text search, and events whose sentence holds all the words. */
  void search(Context ctx) {
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw new IllegalArgumentException("q is required");
    }
    int limit = Params.integer(ctx, "limit", 20);
    ArticleQuery aq = new ArticleQuery(q, null, null, null, limit, 0);
    EventQuery eq = EventQuery.builder().text(q).limit(limit).build();
    Object articles;
    List<StoredEvent> events;
    Set<String> contradicted;
    try (StorePool.Lease lease = pool.lease()) {
      ArticleStore store = lease.store();
      articles = store.list(aq);
      events = store.events(eq);
      contradicted = contradicted(store, events);
    }
    List<Map<String, @Nullable Object>> views = new ArrayList<>();
    events.forEach(e -> views.add(EventViews.summary(e, contradicted.contains(e.id()))));
    ctx.json(Json.obj("q", q, "articles", articles, "events", views));
  }
}
