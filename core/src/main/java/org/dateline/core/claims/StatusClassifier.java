package org.dateline.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * The status of one clause, read from the trigger's own dependents and those of the words it hangs
 * from: negation, modals, "if", intention verbs, "either ... or", hedging and unverified adverbs,
 * and "could not be confirmed" in the sentence or the next one. Thread-safe.
 */
final class StatusClassifier {
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor");
  /** Subjects that deny the clause: "nobody was hurt", "nothing happened", "no one fired". */
  private static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "nothing", "none", "no-one");
  /**
   * Verbs that make their oblique event noun the claim itself: "US forces did not take part in
   * the raid" denies the raid as an act of US forces.
   */
  private static final Set<String> PARTICIPATION =
      Set.of("take", "participate", "partake", "involve", "join", "engage");
  private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> HYPOTHETICAL_MODALS = Set.of("would", "'d", "should");
  private static final Set<String> HEDGE_MODALS = Set.of("may", "might", "could", "can");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  /** Relations that open a new clause: negation and modals above them do not apply below. */
  private static final Set<String> CLAUSE_EDGES =
      Set.of("ccomp", "advcl", "acl", "parataxis", "csubj", "dep", "list", "appos");
  private static final String CHECKED =
      "(?:be\\s+|been\\s+)?(?:immediately\\s+|independently\\s+)?(?:confirmed|verified|authenticated)\\b";
  private static final Pattern UNCONFIRMED =
      Pattern.compile(
          "(?i)\\b(?:(?:could|can|has|have|had|was|were|is|are)\\s+)?(?:not|never)\\s+"
              + CHECKED
              + "|\\b(?:cannot|couldn't|can't|could n't)\\s+"
              + CHECKED
              + "|\\bun(?:confirmed|verified)\\b");

  private final ClaimLexicon lexicon;

  StatusClassifier(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A status and the words that set it (null for plain assertion). */
  record Result(ClaimStatus status, @Nullable Phrase cue) {}

  /**
   * The status of the clause around {@code trigger} (a token of {@code tree}), ignoring who says
   * it. {@code stopAt} is the reporting cue token whose content this is, or -1: the walk up the
   * tree stops there.
   */
  Result classify(AnnotatedDocument doc, ParseTree tree, int trigger, int stopAt) {
    String text = doc.article().text();
    Result best = new Result(ClaimStatus.ASSERTED, null);
    boolean sameClause = true;
    boolean viaConj = false;
    // A noun reached as a subject, object or oblique of a negated verb is presupposed, not denied:
    // "the cause of the fire has not been determined", "no one was hurt in the incident", "would
    // not host the Oscars", "refused to disclose the reason" (a negating verb's own object is
    // still denied: "prevented an attack").
    boolean presupposed = false;
    int node = trigger;
    for (int hops = 0; node >= 0 && node != stopAt && hops < 12; hops++) {
      boolean denies = false;
      boolean without = false;
      for (int c : tree.children(node)) {
        denies |= (tree.relation(c).equals("advmod") && NEGATIONS.contains(tree.word(c)));
        without |= (tree.relation(c).equals("case") || tree.relation(c).equals("mark"))
            && tree.word(c).equals("without");
      }
      // "not without drama": the two negations cancel.
      boolean cancelled = denies && without;
      for (int c : tree.children(node)) {
        String w = tree.word(c);
        String rel = tree.relation(c);
        Result found = null;
        if (sameClause && (rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
            && NEGATIONS.contains(w)) {
          found = new Result(ClaimStatus.NEGATED, cue(text, tree, c, node));
        } else if (sameClause && (rel.equals("case") || rel.equals("mark")) && w.equals("without")) {
          // "arrested without incident", "left without paying"
          found = new Result(ClaimStatus.NEGATED, phrase(text, tree, c));
        } else if (sameClause && rel.startsWith("nsubj") && negativeSubject(tree, c)) {
          found = new Result(ClaimStatus.NEGATED, phrase(text, tree, c));
        } else if (sameClause && rel.startsWith("aux")) {
          if (FUTURE_MODALS.contains(w)) {
            found = new Result(ClaimStatus.FUTURE, phrase(text, tree, c));
          } else if (HYPOTHETICAL_MODALS.contains(w)) {
            found = new Result(ClaimStatus.HYPOTHETICAL, phrase(text, tree, c));
          } else if (HEDGE_MODALS.contains(w)) {
            found = new Result(ClaimStatus.HEDGED, phrase(text, tree, c));
          }
        } else if (sameClause && rel.equals("mark") && CONDITIONS.contains(w)) {
          found = new Result(ClaimStatus.HYPOTHETICAL, phrase(text, tree, c));
        } else if (rel.equals("cc:preconj") && w.equals("either")) {
          found = new Result(ClaimStatus.HEDGED, phrase(text, tree, c));
        } else if ((rel.startsWith("advmod") || rel.startsWith("amod"))
            && lexicon.unverifiedAdverbs().contains(w)) {
          found = new Result(ClaimStatus.UNVERIFIED, phrase(text, tree, c));
        } else if (rel.startsWith("advmod") && lexicon.hedgeAdverbs().contains(w)) {
          found = new Result(ClaimStatus.HEDGED, phrase(text, tree, c));
        }
        if (found != null && found.status() == ClaimStatus.NEGATED && (presupposed || cancelled)) {
          found = null;
        }
        best = stronger(best, found);
      }
      // "a speech purportedly made by ...": modifiers of a noun on the path qualify its clauses.
      if (tree.isNoun(node)) {
        for (int acl : tree.children(node, Set.of("acl", "amod"))) {
          if (lexicon.unverifiedAdverbs().contains(tree.word(acl))) {
            best = stronger(best, new Result(ClaimStatus.UNVERIFIED, phrase(text, tree, acl)));
          }
          for (int c : tree.children(acl, Set.of("advmod"))) {
            if (lexicon.unverifiedAdverbs().contains(tree.word(c))) {
              best = stronger(best, new Result(ClaimStatus.UNVERIFIED, phrase(text, tree, c)));
            }
          }
        }
      }
      int parent = tree.parent(node);
      if (parent >= 0 && tree.relationIs(node, "xcomp")
          && lexicon.intentVerbs().contains(tree.lemma(parent))) {
        best = stronger(best, new Result(ClaimStatus.FUTURE, phrase(text, tree, parent)));
      }
      // Not through a conjunct: "unable to maintain control, and striking a pedestrian".
      viaConj |= tree.relationIs(node, "conj");
      if (parent >= 0 && sameClause && !viaConj && !presupposed
          && (tree.relationIs(node, "xcomp") || tree.relationIs(node, "obj"))
          && lexicon.negatingVerbs().contains(tree.lemma(parent))) {
        best = stronger(best, new Result(ClaimStatus.NEGATED, phrase(text, tree, parent)));
      }
      if (parent >= 0 && tree.relationIs(node, "conj")) {
        // Conjuncts share "either": "either killed or gravely wounded".
        for (int c : tree.children(parent, Set.of("cc:preconj"))) {
          if (tree.word(c).equals("either")) {
            best = stronger(best, new Result(ClaimStatus.HEDGED, phrase(text, tree, c)));
          }
        }
      }
      presupposed |= tree.isNoun(node)
          && (tree.relationIs(node, "nsubj") || tree.relationIs(node, "nmod")
              || (tree.relationIs(node, "obl") && !PARTICIPATION.contains(tree.lemma(parent)))
              || (tree.relationIs(node, "obj") && !PARTICIPATION.contains(tree.lemma(parent))));
      presupposed |= tree.relationIs(node, "acl") && parent >= 0 && tree.isNoun(parent);
      String rel = tree.relation(node);
      int colon = rel.indexOf(':');
      if (CLAUSE_EDGES.contains(colon > 0 ? rel.substring(0, colon) : rel)) {
        sameClause = false;
      }
      node = parent;
    }
    Result unconfirmed = unconfirmedNearby(doc, tree.sentence().index());
    return stronger(best, unconfirmed);
  }

  /** "could not be confirmed" in this sentence or the next one, which comments on this one. */
  private static @Nullable Result unconfirmedNearby(AnnotatedDocument doc, int sentence) {
    String text = doc.article().text();
    List<Sentence> sentences = doc.sentences();
    List<Integer> candidates = new ArrayList<>();
    candidates.add(sentence);
    if (sentence + 1 < sentences.size()) {
      candidates.add(sentence + 1);
    }
    for (int i : candidates) {
      Span s = sentences.get(i).span();
      Matcher m = UNCONFIRMED.matcher(text).region(s.start(), s.end());
      if (m.find()) {
        int start = m.start();
        while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        return new Result(ClaimStatus.UNVERIFIED, Phrase.of(text, new Span(start, m.end())));
      }
    }
    return null;
  }

  private static boolean negativeSubject(ParseTree tree, int subject) {
    if (NEGATIVE_SUBJECTS.contains(tree.word(subject))) {
      return true;
    }
    for (int d : tree.children(subject, Set.of("det"))) {
      if (tree.word(d).equals("no")) {
        return true;
      }
    }
    return false;
  }

  static Result stronger(Result current, @Nullable Result candidate) {
    if (candidate == null) {
      return current;
    }
    return candidate.status().outranks(current.status()) ? candidate : current;
  }

  /** "did not": the auxiliary before a negation belongs to the cue. */
  private static Phrase cue(String text, ParseTree tree, int negation, int head) {
    int start = negation;
    for (int c : tree.children(head)) {
      if (c == negation - 1 && tree.relation(c).startsWith("aux")) {
        start = c;
      }
    }
    return Phrase.of(
        text, new Span(tree.token(start).span().start(), tree.token(negation).span().end()));
  }

  private static Phrase phrase(String text, ParseTree tree, int token) {
    return Phrase.of(text, tree.token(token).span());
  }
}
