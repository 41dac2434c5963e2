package org.dateline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.core.claims.ClaimAnalyzer;
import org.dateline.core.claims.ClaimStatus;
import org.dateline.core.claims.EventClaim;
import org.dateline.core.events.Event;
import org.dateline.core.events.Modality;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;

/**
 * Negation against ECB+'s negated action mentions ({@code NEG_ACTION_*}), two ways:
 *
 * <ul>
 *   <li><b>events</b>: Dateline's events whose modality or claim status is negated against the gold
 *       negated mentions, a pair matching when the trigger overlaps the mention; what a user of the
 *       event output sees, bounded by which actions the event coder codes at all;
 *   <li><b>mentions</b>: for every gold action mention (negated or not), whether the claims stage's
 *       {@link ClaimAnalyzer#statusAt} calls its clause negated; the status rules alone.
 * </ul>
 */
final class EcbNegationScorer {
  int documents;
  /** Events: predicted negated, those matching a gold negated mention, gold negated, gold found. */
  int eventsNegated;
  int eventsMatched;
  int goldNegated;
  int goldFound;
  /** Mentions: true positives, false positives, false negatives of "negated". */
  int tp;
  int fp;
  int fn;
  final List<String> trace = new ArrayList<>();

  private final ClaimAnalyzer analyzer;

  EcbNegationScorer(ClaimAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  void score(EcbPlusCorpus.Document gold, CodedDocument coded) {
    documents++;
    Map<String, ClaimStatus> status = new HashMap<>();
    for (EventClaim c : coded.claims()) {
      status.put(c.eventId(), c.claim().status());
    }
    List<Span> negatedGold = new ArrayList<>();
    gold.actions().stream().filter(EcbPlusCorpus.Mention::negated).forEach(m -> negatedGold.add(m.span()));
    goldNegated += negatedGold.size();
    List<Span> negatedEvents = new ArrayList<>();
    for (Event e : coded.events()) {
      if (e.modality() == Modality.NEGATED || status.get(e.id()) == ClaimStatus.NEGATED) {
        negatedEvents.add(e.trigger());
      }
    }
    eventsNegated += negatedEvents.size();
    for (Span p : negatedEvents) {
      if (negatedGold.stream().anyMatch(p::overlaps)) {
        eventsMatched++;
      } else {
        trace.add(gold.id() + "\tevent fp\t" + context(coded, p));
      }
    }
    for (Span g : negatedGold) {
      if (negatedEvents.stream().anyMatch(g::overlaps)) {
        goldFound++;
      }
    }
    AnnotatedDocument doc = coded.annotated();
    for (EcbPlusCorpus.Mention m : gold.actions()) {
      int sentence = sentenceOf(doc, m.span());
      if (sentence < 0) {
        continue;
      }
      boolean predicted = analyzer.statusAt(doc, sentence, m.span()) == ClaimStatus.NEGATED;
      if (predicted && m.negated()) {
        tp++;
      } else if (predicted) {
        fp++;
        trace.add(gold.id() + "\tmention fp\t" + context(coded, m.span()));
      } else if (m.negated()) {
        fn++;
        trace.add(gold.id() + "\tmention fn\t" + context(coded, m.span()));
      }
    }
  }

  double eventPrecision() {
    return SpanScore.ratio(eventsMatched, eventsNegated);
  }

  double eventRecall() {
    return SpanScore.ratio(goldFound, goldNegated);
  }

  double precision() {
    return SpanScore.ratio(tp, tp + fp);
  }

  double recall() {
    return SpanScore.ratio(tp, tp + fn);
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static int sentenceOf(AnnotatedDocument doc, Span span) {
    List<Sentence> sentences = doc.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).span().contains(span)) {
        return i;
      }
    }
    return -1;
  }

  private static String context(CodedDocument coded, Span s) {
    String text = coded.article().text();
    int from = Math.max(0, s.start() - 60);
    int to = Math.min(text.length(), s.end() + 40);
    return (text.substring(from, s.start()) + "[" + s.of(text) + "]" + text.substring(s.end(), to))
        .replace('\n', ' ');
  }
}
