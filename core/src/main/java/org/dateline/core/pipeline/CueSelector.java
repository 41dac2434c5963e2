package org.dateline.core.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.claims.ClaimLexicon;
import org.dateline.core.events.TriggerLexicon;
import org.dateline.core.model.Token;
import org.dateline.core.nlp.SentenceSelector;

/**
 * Chooses the sentences that can yield an event or a claim, from lemmas alone: those with an event
 * trigger (verb, noun, verb pattern or the head of a multi-word trigger), a reporting verb or noun,
 * "according", a colon (headline labels, "He said:") or a dash (bylines after quotations). Part of
 * speech is ignored on purpose: the tagger is cheap but not perfect, and a wrong yes only costs
 * time, a wrong no loses an event. Quotations are added by the annotator itself. Immutable.
 */
public final class CueSelector implements SentenceSelector {
  private static final Set<String> MARKS = Set.of(":", "--", "-", "―", "—", "–", "according");

  private final TriggerLexicon triggers;
  private final ClaimLexicon claims;

  public CueSelector(TriggerLexicon triggers, ClaimLexicon claims) {
    this.triggers = Objects.requireNonNull(triggers, "triggers");
    this.claims = Objects.requireNonNull(claims, "claims");
  }

  /** With the shipped trigger lexicon and the default claim lexicon. */
  public static CueSelector shipped() {
    return new CueSelector(TriggerLexicon.shipped(), ClaimLexicon.defaults());
  }

  @Override
  public boolean wants(List<Token> tokens) {
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (MARKS.contains(lemma) || isCue(lemma) || isCue(lemma.replace("-", ""))) {
        return true;
      }
    }
    return false;
  }

  private boolean isCue(String lemma) {
    return !triggers.verbs(lemma).isEmpty()
        || !triggers.nouns(lemma).isEmpty()
        || !triggers.patterns(lemma).isEmpty()
        || !triggers.nounPhrasesEndingIn(lemma).isEmpty()
        || claims.cueVerbs().contains(lemma)
        || claims.cueNouns().contains(lemma)
        || claims.intentVerbs().contains(lemma);
  }
}
