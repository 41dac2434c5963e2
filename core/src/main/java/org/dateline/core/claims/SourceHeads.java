package org.dateline.core.claims;

import java.util.Locale;
import java.util.Set;

import static org.dateline.core.claims.CueText.POSTPOSED;

/**
 * Source resolution for a reporting verb, before {@link SourceResolver} describes the source: which
 * token of the sentence is the speaker of a cue verb when no pattern has settled it. Stateless.
 */
final class SourceHeads {
  private SourceHeads() {}

  /**
   * The source's head token for the cue verb {@code i}: its subject (the nearest before it), a
   * passive agent, the subject it shares with the clause it hangs from, an inverted subject after a
   * postposed verb, or a relative pronoun; -1 if none.
   */
  static int of(ParseTree tree, int i, String lemma) {
    int subject = -1;
    for (int c : tree.children(i, Set.of("nsubj"))) {
      if (c < i || subject < 0) {
        subject = c;
      }
    }
    if (subject >= 0) {
      return subject;
    }
    int agent = -1;
    for (int c : tree.children(i, Set.of("obl"))) {
      if (tree.relation(c).equals("obl:agent") || tree.relation(c).equals("obl:by")) {
        agent = c;
      }
    }
    if (agent >= 0) {
      return agent;
    }
    int shared = sharedSubject(tree, i);
    if (shared >= 0) {
      return shared;
    }
    if (POSTPOSED.contains(lemma)) {
      // "“...,” said Mr. Kamin": the parser takes the inverted subject for an object.
      for (int c : tree.children(i, Set.of("obj", "nsubj"))) {
        if (c > i && tree.subtree(c, Set.of(i)).get(0) <= i + 2) {
          return c;
        }
      }
    }
    return relativePronoun(tree, i);
  }

  /** Pronouns that stand for people, as subjects of a cue. */
  private static final Set<String> PERSONAL = Set.of("i", "we", "you", "he", "she", "they", "who");

  /**
   * A subject that can hold a view: a person or organisation, a personal pronoun, or a noun
   * ("polls", "the committee"). Any cue verb with such a subject takes its object as content
   * ("Polls show a close contest", "agreed with Matthews").
   */
  static boolean agentive(ParseTree tree, int s) {
    String ner = tree.token(s).ner();
    return ner.equals("PERSON") || ner.equals("ORGANIZATION")
        || PERSONAL.contains(tree.word(s).toLowerCase(Locale.ROOT))
        || tree.pos(s).startsWith("NN");
  }

  /**
   * The relative pronoun a relative-clause cue takes as its subject ("Mr. Kamin, who emphasized
   * that ..."): the enhanced parse moves the subject edge to the antecedent, so the pronoun itself
   * is found between the antecedent and the verb; -1 if none.
   */
  private static int relativePronoun(ParseTree tree, int verb) {
    if (!tree.relationIs(verb, "acl") || tree.parent(verb) < 0 || tree.parent(verb) > verb) {
      return -1;
    }
    for (int t = verb - 1; t > tree.parent(verb); t--) {
      if (tree.pos(t).equals("WP") || tree.pos(t).equals("WDT")) {
        return t;
      }
    }
    return -1;
  }

  /**
   * The subject a subjectless cue verb shares with the clause it hangs from: "Trump defended the
   * plan, saying ..." (a participle), "He smiled and added that ..." (a conjunct), "she wants to
   * argue that ..." (a controlled infinitive), a participle the parser hangs anywhere in the clause
   * ("blocked a company from abandoning its plants, citing a threat"), a finite cue under a
   * participle misread as the main verb ("a poll released in August found"). Climbs at most three
   * such links; -1 if none.
   */
  static int sharedSubject(ParseTree tree, int verb) {
    int v = verb;
    for (int hops = 0; hops < 3; hops++) {
      boolean nonFinite = tree.pos(v).equals("VBG") || tree.pos(v).equals("VB") || tree.pos(v).equals("VBN");
      boolean shares = tree.relationIs(v, "conj")
          || (nonFinite && (tree.relationIs(v, "advcl") || tree.relation(v).equals("xcomp")))
          || bareParticiple(tree, v)
          || reducedRelativeHost(tree, v);
      if (!shares || tree.parent(v) < 0) {
        return -1;
      }
      v = tree.parent(v);
      for (int c : tree.children(v)) {
        if (tree.relation(c).equals("nsubj")) {
          return c;
        }
      }
    }
    return -1;
  }

  /** Relations under which a participle describes a noun rather than sharing a subject. */
  private static final Set<String> NOMINAL_RELATIONS =
      Set.of("acl", "amod", "nsubj", "obj", "csubj", "root", "compound", "nmod");

  /**
   * A bare participle ("..., saying", "citing", no auxiliary of its own) that is not a noun's
   * modifier or argument: CoreNLP hangs "..., citing X" as dep, obl or parataxis of whatever verb
   * is nearest, and its speaker is the subject of the clause above.
   */
  private static boolean bareParticiple(ParseTree tree, int v) {
    return tree.pos(v).equals("VBG")
        && tree.children(v, Set.of("aux", "aux:pass", "cop")).isEmpty()
        && !NOMINAL_RELATIONS.contains(tree.relation(v).split(":")[0]);
  }

  /**
   * "A poll released in August found that ...": the parser takes the participle for the main verb
   * and hangs the finite cue under it as dep; the participle's subject is the cue's.
   */
  private static boolean reducedRelativeHost(ParseTree tree, int v) {
    int p = tree.parent(v);
    return tree.relation(v).equals("dep") && p >= 0 && p < v
        && tree.pos(p).equals("VBN") && tree.children(p, Set.of("aux", "aux:pass", "cop")).isEmpty()
        && Set.of("VBD", "VBZ", "VBP").contains(tree.pos(v));
  }
}
