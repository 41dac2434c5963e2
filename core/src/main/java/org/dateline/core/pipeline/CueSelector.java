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
 * Chooses the sentences that can yield an event or a claim: those with an event trigger (verb,
 * noun, verb pattern or the head of a multi-word trigger), a reporting verb or noun, or
 * "according", from lemmas alone; part of speech is not asked of these on purpose, since the
 * tagger is cheap but not perfect, and a wrong yes only costs time, a wrong no loses an event.
 * A colon, dash or hyphen with none of those is taken in the shapes the attributor reads it in
 * (a label before a colon near the start, a verb before a colon, a dash before a name), and
 * otherwise only when the sentence holds a name, a pronoun or a quotation mark: a mention there
 * can be the antecedent that gives an actor elsewhere its code, and the actor resolver reads
 * the antecedent's parse; quotations need their neighbours for the quote annotator (on 300 news
 * articles, leaving such sentences out changed actors and quotes in 28 articles, docs/speed.md).
 * Quotations are added by the annotator itself. Immutable.
 */
public final class CueSelector implements SentenceSelector {
  /** Dashes a byline can follow ("” ― Sonya Herridge"); a hyphen is not one. */
  private static final Set<String> DASHES = Set.of("--", "―", "—", "–");

  private static final Set<String> MARKS = Set.of(":", "-", "--", "―", "—", "–");

  /** A headline or transcript label ("Pence: ...") has at most this many words before its colon. */
  private static final int LABEL_WORDS = 4;

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
    boolean mark = false;
    for (int i = 0; i < tokens.size(); i++) {
      String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      if (lemma.equals("according") || isCue(lemma) || isCue(lemma.replace("-", ""))
          || colonCue(tokens, i) || dashByline(tokens, i)) {
        return true;
      }
      mark |= MARKS.contains(tokens.get(i).word());
    }
    return mark && mayHoldAntecedent(tokens);
  }

  /** A proper noun, a capitalised word after the first, a pronoun or a quotation mark. */
  private static boolean mayHoldAntecedent(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String pos = t.pos();
      if (pos.startsWith("NNP") || pos.startsWith("PRP") || pos.equals("''") || isQuoteMark(t)
          || (i > 0 && Character.isUpperCase(t.word().charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A colon after a label of capitalised nouns ("Pence: ...", the attributor's colon label) or
   * after a verb ("Caddell continued:", which may introduce a quotation). Any word but a noun or
   * a quotation mark before the colon already rules out a label, so this is broader than the
   * attributor's test, never narrower.
   */
  private static boolean colonCue(List<Token> tokens, int i) {
    if (!tokens.get(i).word().equals(":") || i < 1) {
      return false;
    }
    if (tokens.get(i - 1).pos().startsWith("VB")) {
      return true;
    }
    if (i > LABEL_WORDS || i + 2 >= tokens.size()) {
      return false;
    }
    boolean noun = false;
    for (int t = 0; t < i; t++) {
      Token w = tokens.get(t);
      if (isQuoteMark(w)) {
        continue;
      }
      if (!w.pos().startsWith("NN") || !Character.isUpperCase(w.word().charAt(0))) {
        return false;
      }
      noun = true;
    }
    return noun;
  }

  private static boolean isQuoteMark(Token t) {
    return t.pos().equals("``") || t.word().equals("\"") || t.word().equals("“");
  }

  /** A dash followed by a proper noun: a byline after a quotation ("” ― Sonya Herridge"). */
  private static boolean dashByline(List<Token> tokens, int i) {
    return DASHES.contains(tokens.get(i).word())
        && i + 1 < tokens.size()
        && tokens.get(i + 1).pos().startsWith("NNP");
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
