package org.dateline.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.claims.Claim;
import org.dateline.core.claims.ClaimStatus;
import org.dateline.core.claims.EventClaim;
import org.dateline.core.events.Event;
import org.dateline.core.events.Modality;
import org.dateline.core.events.PloverType;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Sentence;

/**
 * Scores the MUC-4 stage-of-execution and perpetrator-confidence slots of the incidents Dateline
 * extracts. Each answer-key template is aligned to at most one Dateline event: among the events of
 * a violent or threatening PLOVER type (ASSAULT, COERCE, THREATEN), the one whose sentence contains
 * the most of the template's string fills (perpetrator, target, victim, instrument, named places
 * below the country), at least one; ties go to the earlier event. The event's modality and claim
 * are then mapped to the MUC classes ({@link #stage}, {@link #confidence}) and compared with the
 * template's alternatives: a prediction among them is correct. Templates left unaligned are counted,
 * not scored.
 */
final class MucStatusScorer {
  private static final Set<PloverType> INCIDENT_TYPES =
      Set.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.THREATEN);
  private static final Set<String> ATTEMPT_CUES =
      Set.of("fail", "prevent", "thwart", "foil", "avert", "unable", "forestall");
  private static final Set<String> CLAIM_CUES = Set.of("claim", "admit", "acknowledge", "confess");
  private static final Set<String> ACCUSE_CUES =
      Set.of("accuse", "blame", "suspect", "allege", "charge", "attribute", "hold", "believe");
  private static final Pattern DATELINE_DATE =
      Pattern.compile("^\\s*[^\\n,]*,\\s*(\\d{1,2} [A-Z]{3} \\d{2})\\b", Pattern.MULTILINE);
  private static final DateTimeFormatter MUC_DATE =
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM ")
          // MUC messages are from 1989-1990: "90" is 1990, not 2090.
          .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 1950)
          .toFormatter(Locale.ENGLISH);

  int messages;
  int templates;
  int aligned;
  final Tally stage = new Tally();
  final Tally confidence = new Tally();
  final List<String> trace = new ArrayList<>();

  /** Accuracy with the gold class distribution, for the majority baseline. */
  static final class Tally {
    int scored;
    int correct;
    final Map<String, Integer> gold = new TreeMap<>();
    final Map<String, Integer> predicted = new TreeMap<>();

    void add(List<String> alternatives, String prediction) {
      scored++;
      if (alternatives.contains(prediction)) {
        correct++;
      }
      gold.merge(alternatives.get(0), 1, Integer::sum);
      predicted.merge(prediction, 1, Integer::sum);
    }

    double accuracy() {
      return SpanScore.ratio(correct, scored);
    }

    /** Share of the most frequent gold class (first alternative): what always guessing it scores. */
    double majority() {
      return SpanScore.ratio(gold.values().stream().mapToInt(i -> i).max().orElse(0), scored);
    }
  }

  /** The article Dateline reads for a message: the recased text from the dateline on. */
  static Article article(Muc4Corpus.Message m, Function<String, String> recase) {
    String body = m.text().substring(m.text().indexOf('\n') + 1);
    LocalDate date = null;
    Matcher d = DATELINE_DATE.matcher(body);
    if (d.find()) {
      try {
        date = LocalDate.parse(d.group(1), MUC_DATE);
      } catch (java.time.format.DateTimeParseException e) {
        // An odd dateline leaves the article undated; relative dates then stay unresolved.
      }
    }
    return new Article(m.id(), "muc4", recase.apply(body), null, null, "MUC-4", date, null, Map.of());
  }

  void score(Muc4Corpus.Document doc, CodedDocument coded) {
    messages++;
    Map<String, Claim> claims = new HashMap<>();
    for (EventClaim c : coded.claims()) {
      claims.put(c.eventId(), c.claim());
    }
    String text = coded.article().text();
    for (Muc4Corpus.Template t : doc.templates()) {
      templates++;
      Event best = null;
      int bestScore = 0;
      for (Event e : coded.events()) {
        if (e.type() == null || !INCIDENT_TYPES.contains(e.type())) {
          continue;
        }
        Sentence s = coded.annotated().sentences().get(e.sentence());
        String sentence = s.span().of(text).toLowerCase(Locale.ROOT);
        int score = 0;
        for (String f : t.fillers()) {
          if (!f.isEmpty() && sentence.contains(f)) {
            score++;
          }
        }
        if (score > bestScore) {
          best = e;
          bestScore = score;
        }
      }
      if (best == null) {
        trace.add(t.messageId() + " #" + t.number() + " " + t.type() + ": not aligned");
        continue;
      }
      aligned++;
      Claim claim = claims.get(best.id());
      String st = stage(best, claim);
      String conf = confidence(claim);
      if (!t.stages().isEmpty()) {
        stage.add(t.stages(), st);
      }
      if (!t.confidences().isEmpty()) {
        confidence.add(t.confidences(), conf);
      }
      trace.add(t.messageId() + " #" + t.number() + " " + t.type() + " ~ \"" + best.triggerText()
          + "\" " + best.type() + "/" + best.modality() + "/" + (claim == null ? "-" : claim.status())
          + ": stage " + st + " gold " + t.stages() + "; confidence " + conf + " gold " + t.confidences());
    }
  }

  /**
   * Stage of execution: a threat, or an event stated as future or required, is THREATENED; one
   * wanted or tried but not reported done (intended), or negated by a verb of failure or prevention
   * ("failed to explode", "prevented the attack"), is ATTEMPTED; anything else ACCOMPLISHED. A
   * plain denial ("the army denied that guerrillas attacked") or a hypothetical says nothing about
   * the stage of what the template records, so it stays ACCOMPLISHED.
   */
  static String stage(Event e, Claim claim) {
    ClaimStatus status = claim == null ? ClaimStatus.ASSERTED : claim.status();
    if (e.type() == PloverType.THREATEN || e.modality() == Modality.FUTURE
        || e.modality() == Modality.REQUIRED || status == ClaimStatus.FUTURE) {
      return "THREATENED";
    }
    String statusCue = claim == null || claim.statusCue() == null
        ? "" : claim.statusCue().text().toLowerCase(Locale.ROOT);
    if (e.modality() == Modality.INTENDED
        || (status == ClaimStatus.NEGATED && startsWithAny(statusCue, ATTEMPT_CUES))) {
      return "ATTEMPTED";
    }
    return "ACCOMPLISHED";
  }

  /**
   * Perpetrator confidence: hedged → POSSIBLE; a claim or admission cue ("claimed responsibility")
   * → CLAIMED OR ADMITTED; an accusation or suspicion cue, or an unverified claim ("allegedly") →
   * SUSPECTED OR ACCUSED (MUC's "... BY AUTHORITIES" folded in); asserted or plainly reported →
   * REPORTED AS FACT.
   */
  static String confidence(Claim claim) {
    if (claim == null) {
      return "REPORTED AS FACT";
    }
    String cue = claim.cue() == null ? "" : claim.cue().text().toLowerCase(Locale.ROOT);
    String statusCue = claim.statusCue() == null ? "" : claim.statusCue().text().toLowerCase(Locale.ROOT);
    if (claim.status() == ClaimStatus.HEDGED && !startsWithAny(statusCue, ACCUSE_CUES)) {
      return "POSSIBLE";
    }
    if (startsWithAny(cue, CLAIM_CUES) || startsWithAny(statusCue, CLAIM_CUES)) {
      return "CLAIMED OR ADMITTED";
    }
    if (startsWithAny(cue, ACCUSE_CUES) || startsWithAny(statusCue, ACCUSE_CUES)
        || claim.status() == ClaimStatus.UNVERIFIED || claim.status() == ClaimStatus.HEDGED) {
      return "SUSPECTED OR ACCUSED";
    }
    return "REPORTED AS FACT";
  }

  private static boolean startsWithAny(String words, Set<String> stems) {
    for (String w : words.split("\\s+")) {
      for (String s : stems) {
        // Stems, not lemmas: the cue text is inflected ("claimed", "accusing").
        String stem = s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
        if (w.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }
}
