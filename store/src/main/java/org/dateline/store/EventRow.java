package org.dateline.store;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the {@code events} table, as {@link EventRows} maps it from a coded event. The
 * components are the columns in {@link #COLUMNS} order, so the writer and the flat records of
 * {@link StoredEvents} read the same values.
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
