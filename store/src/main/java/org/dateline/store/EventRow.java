package org.dateline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the {@code events} table, as {@link EventRows} maps it from a coded event or {@link
 * #read} reads it back. The components are the columns in {@link #COLUMNS} order. Both the store's
 * listings and the flat records of {@link StoredEvents} become {@link StoredEvent}s through {@link
 * #stored}, so they cannot disagree.
 */
record EventRow(
    String id,
    String articleId,
    int ordinal,
    int sentence,
    @Nullable String type,
    @Nullable String action,
    @Nullable String mode,
    @Nullable String context,
    String cameo,
    @Nullable String rootCode,
    @Nullable Integer quadClass,
    @Nullable Double goldstein,
    int triggerStart,
    int triggerEnd,
    String triggerText,
    @Nullable String dateValue,
    @Nullable String datePrecision,
    @Nullable String dateBasis,
    @Nullable Integer dateStart,
    @Nullable Integer dateEnd,
    @Nullable String dateText,
    @Nullable String dateFirst,
    @Nullable String dateLast,
    @Nullable String locationText,
    @Nullable Integer locationStart,
    @Nullable Integer locationEnd,
    String locationReason,
    @Nullable String placeRef,
    @Nullable String placeName,
    @Nullable Double lat,
    @Nullable Double lon,
    @Nullable String countryIso2,
    @Nullable String countryIso3,
    @Nullable String featureCode,
    String modality,
    boolean negated,
    @Nullable String status,
    String evidenceText,
    int evidenceStart,
    int evidenceEnd) {

  static final List<String> COLUMNS =
      List.of("id", "article_id", "ordinal", "sentence", "type", "action", "mode", "context", "cameo",
          "root_code", "quad_class", "goldstein", "trigger_start", "trigger_end", "trigger_text",
          "date_value", "date_precision", "date_basis", "date_start", "date_end", "date_text", "date_first",
          "date_last", "location_text", "location_start", "location_end", "location_reason", "place_ref",
          "place_name", "lat", "lon", "country_iso2", "country_iso3", "feature_code", "modality", "negated",
          "status", "evidence_text", "evidence_start", "evidence_end");

  /** The row as a result set holds it, with the {@code events} columns under their own names. */
  static EventRow read(ResultSet rs) throws SQLException {
    return new EventRow(rs.getString("id"), rs.getString("article_id"), rs.getInt("ordinal"), rs.getInt("sentence"),
        rs.getString("type"), rs.getString("action"), rs.getString("mode"), rs.getString("context"),
        rs.getString("cameo"), rs.getString("root_code"), Sql.optInt(rs, "quad_class"), Sql.optDouble(rs, "goldstein"),
        rs.getInt("trigger_start"), rs.getInt("trigger_end"), rs.getString("trigger_text"),
        rs.getString("date_value"), rs.getString("date_precision"), rs.getString("date_basis"),
        Sql.optInt(rs, "date_start"), Sql.optInt(rs, "date_end"), rs.getString("date_text"),
        rs.getString("date_first"), rs.getString("date_last"), rs.getString("location_text"),
        Sql.optInt(rs, "location_start"), Sql.optInt(rs, "location_end"), rs.getString("location_reason"),
        rs.getString("place_ref"), rs.getString("place_name"), Sql.optDouble(rs, "lat"), Sql.optDouble(rs, "lon"),
        rs.getString("country_iso2"), rs.getString("country_iso3"), rs.getString("feature_code"),
        rs.getString("modality"), rs.getBoolean("negated"), rs.getString("status"),
        rs.getString("evidence_text"), rs.getInt("evidence_start"), rs.getInt("evidence_end"));
  }

  /**
   * The event as listings and exports show it, with what lives outside its row: the claim's
   * source, the actors, the cluster and the article.
   */
  StoredEvent stored(@Nullable String claimSource, List<StoredActor> sources, List<StoredActor> targets,
      @Nullable String clusterId, int sourceCount, @Nullable String articleTitle, @Nullable String articleSource,
      @Nullable String articleUrl, @Nullable String published) {
    return new StoredEvent(id, articleId, type, action, mode, context, cameo, rootCode, quadClass, goldstein,
        triggerText, dateValue, datePrecision, dateFirst, locationText, placeRef, placeName, lat, lon, countryIso2,
        countryIso3, featureCode, modality, negated, status, claimSource, evidenceText, sources, targets, clusterId,
        sourceCount, articleTitle, articleSource, articleUrl, published);
  }

  /** The values in {@link #COLUMNS} order (nulls included), for binding to an insert. */
  List<@Nullable Object> values() {
    return Arrays.asList(id, articleId, ordinal, sentence, type, action, mode, context, cameo,
        rootCode, quadClass, goldstein, triggerStart, triggerEnd, triggerText,
        dateValue, datePrecision, dateBasis, dateStart, dateEnd, dateText, dateFirst,
        dateLast, locationText, locationStart, locationEnd, locationReason, placeRef,
        placeName, lat, lon, countryIso2, countryIso3, featureCode, modality, negated,
        status, evidenceText, evidenceStart, evidenceEnd);
  }
}
