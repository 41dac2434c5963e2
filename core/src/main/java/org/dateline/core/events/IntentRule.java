package org.dateline.core.events;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * PLOVER's convention for stated intents: an actor's announced or promised cooperative act
 * ("Portugal will support Turkey", "France is ready to contribute troops") is an AGREE event and an
 * announced conflictual act ("farmers said they would blockade Paris") a THREATEN event; the
 * action's own type stays on {@link Event#action()} and the cue on {@link Event#cues()}. Negation
 * never changes a type. An obligation stated about an actor ("Libya must hand over the suspects")
 * is the speaker's REQUEST. Applies only to verbs with an acting subject, so an agentless
 * hypothetical ("a defeat would be the fourth loss") keeps its type.
 */
final class IntentRule {
  private IntentRule() {}

  private static final Set<PloverType> COOPERATIVE =
      Set.of(PloverType.SUPPORT, PloverType.AID, PloverType.CONCEDE, PloverType.COOPERATE, PloverType.RETREAT,
          PloverType.CONSULT);
  private static final Set<PloverType> CONFLICTUAL =
      Set.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.SANCTION, PloverType.PROTEST, PloverType.MOBILIZE);
  /** Governing words that commit the subject to the act (not those that ask others to act). */
  private static final Set<String> COMMITTING =
      Set.of("ready", "prepared", "willing", "determined", "plan", "intend", "vow", "pledge", "promise", "swear",
          "prepare", "poised", "set", "threaten", "resolve", "offer", "agree", "aim");

  record Coded(PloverType type, @Nullable String mode, String cameo) {}

  static Coded apply(Trigger t, List<EventCue> cues, boolean hasSubject, Parse p) {
    Coded unchanged = new Coded(t.type(), t.mode(), t.cameo());
    if (t.type() == null || cues.isEmpty() || !hasSubject || cues.get(0).modality() == Modality.NEGATED) {
      return unchanged;
    }
    if (cues.stream().anyMatch(c -> c.modality() == Modality.REQUIRED)) {
      return t.type() == PloverType.REQUEST ? unchanged : new Coded(PloverType.REQUEST, null, "100");
    }
    boolean intent = false;
    boolean conditional = cues.stream().anyMatch(c -> c.text().equalsIgnoreCase("if") || c.text().equalsIgnoreCase("unless"));
    for (EventCue c : cues) {
      String w = c.text().toLowerCase(java.util.Locale.ROOT);
      switch (c.modality()) {
        case FUTURE -> intent = true;
        // "would" announces; "may/could ... if" sets a condition on an announced act
        case HYPOTHETICAL -> intent |= w.equals("would") || conditional && (w.equals("may") || w.equals("might") || w.equals("could"));
        case INTENDED -> intent |= COMMITTING.contains(lemmaOf(p, c));
        case NEGATED, REQUIRED, ASSERTED -> { }
      }
    }
    if (!intent) {
      return unchanged;
    }
    if (cues.stream().anyMatch(c -> c.text().equalsIgnoreCase("unless"))) {
      // "will withdraw its force unless ...": a conditional announcement is a threat
      return new Coded(PloverType.THREATEN, null, t.type() == PloverType.ASSAULT ? "138" : "130");
    }
    if (COOPERATIVE.contains(t.type())) {
      return new Coded(PloverType.AGREE, null, switch (t.type()) {
        case AID -> "033";
        case CONSULT -> "036";
        case CONCEDE, RETREAT -> "035";
        case COOPERATE -> "031";
        default -> "030";
      });
    }
    if (CONFLICTUAL.contains(t.type())) {
      return new Coded(PloverType.THREATEN, null, t.type() == PloverType.ASSAULT ? "138" : "130");
    }
    return unchanged;
  }

  private static String lemmaOf(Parse p, EventCue c) {
    int t = p.tokenAt(c.span().start());
    return t < 0 ? c.text().toLowerCase(java.util.Locale.ROOT) : p.lemma(t);
  }
}
