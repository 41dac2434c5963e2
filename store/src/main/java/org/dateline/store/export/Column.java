package org.dateline.store.export;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.store.StoredActor;
import org.dateline.store.StoredEvent;
import org.jspecify.annotations.Nullable;

/**
 * One column of the flat event table shared by CSV, JSON Lines and Parquet, so the three agree on
 * names and meanings.
 */
public record Column(String name, Kind kind, Function<StoredEvent, @Nullable Object> value) {
  public enum Kind {
    STRING,
    INT,
    DOUBLE,
    BOOLEAN
  }

  public static final List<Column> EVENT = List.of(
      new Column("id", Kind.STRING, StoredEvent::id),
      new Column("article_id", Kind.STRING, StoredEvent::articleId),
      new Column("date", Kind.STRING, StoredEvent::dateValue),
      new Column("date_precision", Kind.STRING, StoredEvent::datePrecision),
      new Column("type", Kind.STRING, StoredEvent::type),
      new Column("action", Kind.STRING, StoredEvent::action),
      new Column("mode", Kind.STRING, StoredEvent::mode),
      new Column("context", Kind.STRING, StoredEvent::context),
      new Column("cameo", Kind.STRING, StoredEvent::cameo),
      new Column("root_code", Kind.STRING, StoredEvent::rootCode),
      new Column("quad_class", Kind.INT, StoredEvent::quadClass),
      new Column("goldstein", Kind.DOUBLE, StoredEvent::goldstein),
      new Column("source_codes", Kind.STRING, e -> codes(e.sources())),
      new Column("source_texts", Kind.STRING, e -> texts(e.sources())),
      new Column("target_codes", Kind.STRING, e -> codes(e.targets())),
      new Column("target_texts", Kind.STRING, e -> texts(e.targets())),
      new Column("trigger", Kind.STRING, StoredEvent::triggerText),
      new Column("modality", Kind.STRING, StoredEvent::modality),
      new Column("negated", Kind.BOOLEAN, StoredEvent::negated),
      new Column("status", Kind.STRING, StoredEvent::status),
      new Column("claim_source", Kind.STRING, StoredEvent::claimSource),
      new Column("location", Kind.STRING, StoredEvent::locationText),
      new Column("place", Kind.STRING, StoredEvent::placeName),
      new Column("place_ref", Kind.STRING, StoredEvent::placeRef),
      new Column("feature_code", Kind.STRING, StoredEvent::featureCode),
      new Column("lat", Kind.DOUBLE, StoredEvent::lat),
      new Column("lon", Kind.DOUBLE, StoredEvent::lon),
      new Column("country_iso2", Kind.STRING, StoredEvent::countryIso2),
      new Column("country_iso3", Kind.STRING, StoredEvent::countryIso3),
      new Column("cluster_id", Kind.STRING, StoredEvent::clusterId),
      new Column("source_count", Kind.INT, StoredEvent::sourceCount),
      new Column("outlet", Kind.STRING, StoredEvent::articleSource),
      new Column("url", Kind.STRING, StoredEvent::articleUrl),
      new Column("published", Kind.STRING, StoredEvent::published),
      new Column("title", Kind.STRING, StoredEvent::articleTitle),
      new Column("evidence", Kind.STRING, StoredEvent::evidence));

  /** Several actors in one cell, separated by ";" (actor codes never contain one). */
  static @Nullable String codes(List<StoredActor> actors) {
    return actors.isEmpty() ? null : actors.stream().map(StoredActor::code).collect(Collectors.joining(";"));
  }

  static @Nullable String texts(List<StoredActor> actors) {
    return actors.isEmpty() ? null : actors.stream().map(StoredActor::text).collect(Collectors.joining(";"));
  }
}
