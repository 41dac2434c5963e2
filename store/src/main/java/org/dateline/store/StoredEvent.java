package org.dateline.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One stored event as listings, maps and exports show it.
 *
 * @param type PLOVER type (null for codes from imported dictionaries without one)
 * @param rootCode CAMEO root ("19"); quadClass 1..4; goldstein the root's Goldstein score
 * @param dateValue ISO date at its precision ("2015-12-26", "2015-12", "2015")
 * @param dateFirst first day the date can mean (ISO), for sorting and bucketing
 * @param locationText the words naming the event's place; placeName the gazetteer name
 * @param status the claim's status ("asserted", "negated", ...)
 * @param claimSource who makes the claim, as written
 * @param evidence the sentence holding the trigger
 * @param clusterId the cluster of reports of the same happening
 * @param sourceCount distinct outlets reporting that cluster
 */
public record StoredEvent(
    String id,
    String articleId,
    @Nullable String type,
    @Nullable String action,
    @Nullable String mode,
    @Nullable String context,
    String cameo,
    @Nullable String rootCode,
    @Nullable Integer quadClass,
    @Nullable Double goldstein,
    String triggerText,
    @Nullable String dateValue,
    @Nullable String datePrecision,
    @Nullable String dateFirst,
    @Nullable String locationText,
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
    @Nullable String claimSource,
    String evidence,
    List<StoredActor> sources,
    List<StoredActor> targets,
    @Nullable String clusterId,
    int sourceCount,
    @Nullable String articleTitle,
    @Nullable String articleSource,
    @Nullable String articleUrl,
    @Nullable String published) {
  public StoredEvent {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  StoredEvent withActors(List<StoredActor> newSources, List<StoredActor> newTargets) {
    return new StoredEvent(id, articleId, type, action, mode, context, cameo, rootCode, quadClass, goldstein,
        triggerText, dateValue, datePrecision, dateFirst, locationText, placeRef, placeName, lat, lon, countryIso2,
        countryIso3, featureCode, modality, negated, status, claimSource, evidence, newSources, newTargets,
        clusterId, sourceCount, articleTitle, articleSource, articleUrl, published);
  }
}
