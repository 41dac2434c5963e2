package org.dateline.core.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.core.actors.ActorIndex;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * PETRARCH's {@code new_actor_length}: a noun phrase that no dictionary codes becomes an actor
 * named by its own words in capitals and quotes ({@code "THE MINISTRY OF MAGIC"}) when it has at
 * most that many words, so that events between actors the dictionaries do not know are still
 * written. Only nouns heading their phrase qualify, never pronouns or time expressions.
 */
final class PhraseActors {
  private PhraseActors() {}

  /** Edges that stay inside a noun phrase ("the Ministry of Magic", "Gryffindor's head Minerva McGonagall"). */
  private static final Set<String> INSIDE =
      Set.of("det", "compound", "flat", "amod", "nmod:poss", "nmod:of", "case", "nummod", "dep", "appos");
  /** Edges by which a noun is part of a larger phrase rather than its head. */
  private static final Set<String> PART =
      Set.of("compound", "flat", "amod", "nmod:poss", "nmod:of", "det", "nummod");
  private static final Set<String> TIME = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");

  /**
   * The index with a phrase actor for every uncoded noun phrase of {@code maxWords} words or fewer,
   * looked up at the phrase's head.
   */
  static ActorIndex add(Parse p, ActorIndex actors, int maxWords, String text) {
    if (maxWords <= 0) {
      return actors;
    }
    int sentence = p.sentence.index();
    List<ActorMention> extra = new ArrayList<>();
    for (int h = 0; h < p.size(); h++) {
      Token head = p.token(h);
      if (!head.pos().startsWith("NN") || TIME.contains(head.ner())) {
        continue;
      }
      Dependency up = p.parent(h);
      if (up != null && up.governor() >= 0 && PART.contains(up.relation())) {
        continue;
      }
      BitSet phrase = phrase(p, h);
      List<String> words = new ArrayList<>();
      boolean coded = false;
      for (int t = phrase.nextSetBit(0); t >= 0; t = phrase.nextSetBit(t + 1)) {
        coded |= !actors.at(sentence, t).isEmpty();
        String pos = p.token(t).pos();
        if (!pos.equals("POS") && Character.isLetterOrDigit(p.word(t).charAt(0))) {
          words.add(p.word(t).toUpperCase(Locale.ROOT));
        }
      }
      if (coded || words.isEmpty() || words.size() > maxWords) {
        continue;
      }
      Span span = new Span(p.token(phrase.nextSetBit(0)).span().start(), p.token(phrase.length() - 1).span().end());
      extra.add(new ActorMention(span, span.of(text), sentence, h, "\"" + String.join(" ", words) + "\"", null, null,
          List.of(), null, ActorMention.Resolution.PHRASE, null, null));
    }
    return actors.with(extra);
  }

  private static boolean unbroken(Parse p, int a, int b) {
    for (int t = Math.min(a, b) + 1; t < Math.max(a, b); t++) {
      if (!Character.isLetterOrDigit(p.word(t).charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static BitSet phrase(Parse p, int head) {
    BitSet out = new BitSet();
    List<Integer> todo = new ArrayList<>(List.of(head));
    while (!todo.isEmpty()) {
      int t = todo.remove(todo.size() - 1);
      out.set(t);
      for (Dependency d : p.children(t)) {
        String rel = d.relation();
        int c = d.dependent();
        if (!INSIDE.contains(rel) || out.get(c) || rel.equals("case") && t == head) {
          continue; // the head's own preposition ("with Albus Dumbledore") is not part of the name
        }
        if ((rel.equals("dep") || rel.equals("appos")) && !(p.token(c).pos().startsWith("NN") && unbroken(p, t, c))) {
          continue; // "head Minerva McGonagall" is one name, "Dumbledore, Luna Lovegood's agency" two
        }
        todo.add(c);
      }
    }
    return out;
  }
}
