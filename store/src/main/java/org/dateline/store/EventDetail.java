package org.dateline.store;

import java.util.List;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Everything stored about one event, with offsets into its article's text.
 *
 * @param trigger the trigger words; evidence the sentence; dateSpan and locationSpan the words
 *     that gave the date and place, when they came from the text
 * @param claim who claims it and how firmly; null only for events stored without a claims stage
 * @param contradictions claims about the same happening that disagree with this one, in its own
 *     article (scope "article") and in other articles' reports of it (scope "cluster")
 * @param clusterEvents ids of the other events in its cluster
 * @param cluster its cluster: counts, consensus and disagreements; null only for an event stored
 *     without one
 */
public record EventDetail(
    StoredEvent event,
    Span trigger,
    Span evidence,
    @Nullable Span dateSpan,
    @Nullable String dateText,
    @Nullable Span locationSpan,
    @Nullable StoredClaim claim,
    List<StoredQuantity> quantities,
    List<StoredContradiction> contradictions,
    List<String> clusterEvents,
    @Nullable StoredCluster cluster) {
  public EventDetail {
    quantities = List.copyOf(quantities);
    contradictions = List.copyOf(contradictions);
    clusterEvents = List.copyOf(clusterEvents);
  }

  /** The record's shape before clusters were shown. */
  public EventDetail(StoredEvent event, Span trigger, Span evidence, @Nullable Span dateSpan, @Nullable String dateText,
      @Nullable Span locationSpan, @Nullable StoredClaim claim, List<StoredQuantity> quantities,
      List<StoredContradiction> contradictions, List<String> clusterEvents) {
    this(event, trigger, evidence, dateSpan, dateText, locationSpan, claim, quantities, contradictions, clusterEvents, null);
  }

  /** Who claims an event: the source with its words, the cue, the status and the words that set it. */
  public record StoredClaim(
      String sourceText,
      @Nullable Span sourceSpan,
      String sourceKind,
      @Nullable String sourceName,
      @Nullable String cue,
      @Nullable Span cueSpan,
      String status,
      @Nullable String statusCue,
      @Nullable Span statusCueSpan) {}

  /** A count of people affected ("kind" killed, wounded, captured, displaced). */
  public record StoredQuantity(String kind, @Nullable Long value, String qualifier, String text, Span span) {}
}
