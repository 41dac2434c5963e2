package org.dateline.core.events;

import java.util.ArrayList;
import java.util.List;
import org.dateline.core.actors.ActorIndex;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.model.Dependency;

/**
 * Actors found by their place in the sentence rather than by a grammatical relation to the
 * trigger: PETRARCH's defaults when the parse gives a verb no argument, and the actors an
 * imported pattern's slot binds. Immutable; one per sentence.
 */
final class PhrasePositions {
  private final Parse p;
  private final ActorIndex actors;

  PhrasePositions(Parse p, ActorIndex actors) {
    this.p = p;
    this.actors = actors;
  }

  /**
   * PETRARCH's target: the first actor after a verb in its own phrase (the verb's subtree without
   * its subject and without the clauses it governs, except a complement clause after it), so that "clashed over the efforts of
   * Eriadori" and "cordoned off the roads leading into Mordor" find their target however deep.
   */
  List<ActorMention> firstActorInPhrase(int verb) {
    java.util.BitSet phrase = p.subtree(verb);
    for (Dependency d : p.children(verb)) {
      String rel = d.relation();
      // a complement after the verb is part of its phrase ("allowed that Mordor..."), a fronted report is not
      boolean frontedReport = rel.equals("ccomp") && d.dependent() < verb;
      if (rel.startsWith("nsubj") || rel.startsWith("csubj") || frontedReport || rel.equals("parataxis")
          || rel.startsWith("advcl") || rel.equals("conj") || rel.startsWith("conj:") || rel.equals("xcomp")
          || rel.startsWith("obl:tmod") || rel.equals("dep") && d.dependent() < verb) {
        // an unlabelled "dep" after the verb is usually its own phrase the parser lost ("welcomed memos sent by Bree")
        phrase.andNot(p.subtree(d.dependent()));
      }
    }
    for (int t = verb + 1; t < p.size(); t++) {
      if (phrase.get(t)) {
        List<ActorMention> at = actorsAt(t);
        if (!at.isEmpty()) {
          return at;
        }
      }
    }
    return List.of();
  }

  /** The sentence's first actor before a verb, with its conjuncts (PETRARCH's source when the verb has no subject). */
  List<ActorMention> firstActorBefore(int verb) {
    for (int t = 0; t < verb; t++) {
      List<ActorMention> at = actorsAt(t);
      if (!at.isEmpty()) {
        return at;
      }
    }
    return List.of();
  }

  /** The actors at a token and at the tokens conjoined to it ("Gondor and Osgiliath"). */
  List<ActorMention> withConjuncts(int t) {
    List<ActorMention> out = new ArrayList<>(actorsAt(t));
    for (Dependency d : p.children(t)) {
      if (d.relation().equals("conj") || d.relation().startsWith("conj:")) {
        out.addAll(actorsAt(d.dependent()));
      }
    }
    return Arguments.distinct(out);
  }

  private List<ActorMention> actorsAt(int t) {
    return actors.at(p.sentence.index(), t);
  }
}
