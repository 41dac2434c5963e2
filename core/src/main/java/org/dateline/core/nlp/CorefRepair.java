package org.dateline.core.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.CorefChain;
import org.dateline.core.model.CorefMention;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.jspecify.annotations.Nullable;

/**
 * Joins coreference chains that the statistical models leave apart but news style makes plain:
 *
 * <ol>
 *   <li>chains that name the same person ("Abu Bakr al-Baghdadi" and "al-Baghdadi": same surname,
 *       one name's words contained in the other's) become one chain, and uncovered mentions of
 *       that person join it;
 *   <li>a chain made only of pronouns ("her", "she") joins the nearest person named before it in
 *       the same or the previous two sentences, when the pronouns agree with that person's other
 *       pronouns.
 * </ol>
 *
 * Works on Dateline's records only; stateless and thread-safe.
 */
final class CorefRepair {
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final int MAX_SENTENCE_DISTANCE = 2;

  AnnotatedDocument apply(AnnotatedDocument doc) {
    List<EntityMention> persons =
        doc.entities().stream()
            .filter(e -> e.kind() == EntityKind.PERSON && !isPronoun(e.text()))
            .toList();
    List<List<CorefMention>> chains = new ArrayList<>();
    for (CorefChain c : doc.corefChains()) {
      chains.add(new ArrayList<>(c.mentions()));
    }
    mergeByName(chains, persons);
    attachPronounChains(chains, persons);
    addUncoveredNames(chains, persons);
    List<CorefChain> out = new ArrayList<>();
    int id = 1;
    chains.sort(Comparator.comparing(c -> c.get(0).span()));
    for (List<CorefMention> c : chains) {
      if (c.size() < 2) {
        continue;
      }
      c.sort(Comparator.comparing(CorefMention::span));
      out.add(new CorefChain(id++, representative(c), c));
    }
    return new AnnotatedDocument(
        doc.article(), doc.layers(), doc.sentences(), doc.entities(), doc.times(), out, doc.quotes());
  }

  private void mergeByName(List<List<CorefMention>> chains, List<EntityMention> persons) {
    boolean merged = true;
    while (merged) {
      merged = false;
      outer:
      for (int i = 0; i < chains.size(); i++) {
        for (int j = i + 1; j < chains.size(); j++) {
          if (sameNamedPerson(names(chains.get(i), persons), names(chains.get(j), persons))) {
            chains.get(i).addAll(chains.remove(j));
            merged = true;
            break outer;
          }
        }
      }
    }
  }

  private void attachPronounChains(List<List<CorefMention>> chains, List<EntityMention> persons) {
    for (int i = chains.size() - 1; i >= 0; i--) {
      List<CorefMention> chain = chains.get(i);
      if (!chain.stream().allMatch(m -> isPronoun(m.text()))) {
        continue;
      }
      CorefMention first = chain.stream().min(Comparator.comparing(CorefMention::span)).orElseThrow();
      Optional<EntityMention> antecedent =
          persons.stream()
              .filter(p -> p.span().end() <= first.span().start())
              .filter(p -> first.sentence() - p.sentence() <= MAX_SENTENCE_DISTANCE)
              .max(Comparator.comparing(EntityMention::span));
      if (antecedent.isEmpty()) {
        continue;
      }
      EntityMention person = antecedent.get();
      List<CorefMention> target = chainCovering(chains, person);
      if (target == chain) {
        continue;
      }
      if (target != null) {
        if (genderOf(target) != null && genderOf(chain) != null && genderOf(target) != genderOf(chain)) {
          continue;
        }
        target.addAll(chain);
        chains.remove(i);
      } else {
        chain.add(asMention(person));
      }
    }
  }

  private void addUncoveredNames(List<List<CorefMention>> chains, List<EntityMention> persons) {
    for (EntityMention p : persons) {
      if (chainCovering(chains, p) != null) {
        continue;
      }
      for (List<CorefMention> chain : chains) {
        if (sameNamedPerson(names(chain, persons), List.of(p.text()))) {
          chain.add(asMention(p));
          break;
        }
      }
    }
  }

  private static CorefMention asMention(EntityMention p) {
    return new CorefMention(p.span(), p.text(), p.sentence(), p.endToken() - 1, "PROPER", "SINGULAR", "UNKNOWN");
  }

  private static @Nullable List<CorefMention> chainCovering(
      List<List<CorefMention>> chains, EntityMention person) {
    for (List<CorefMention> c : chains) {
      for (CorefMention m : c) {
        if (names(m, person)) {
          return c;
        }
      }
    }
    return null;
  }

  /** Names of the persons the chain's mentions are about. */
  private static List<String> names(List<CorefMention> chain, List<EntityMention> persons) {
    List<String> out = new ArrayList<>();
    for (EntityMention p : persons) {
      for (CorefMention m : chain) {
        if (names(m, p)) {
          out.add(p.text());
          break;
        }
      }
    }
    return out;
  }

  /**
   * A mention is about a named person when the name is its head ("al-Baghdadi") or closes it as
   * an apposition ("the organization's leader, Abu Bakr al-Baghdadi"), not when the name sits
   * inside a modifier ("a speech made by ... al-Baghdadi").
   */
  private static boolean names(CorefMention m, EntityMention p) {
    if (m.sentence() != p.sentence() || !m.span().contains(p.span())) {
      return false;
    }
    boolean headIsName = p.firstToken() <= m.headToken() && m.headToken() < p.endToken();
    // "leader, Abu Bakr al-Baghdadi": the name follows the head noun, at most a comma between.
    boolean apposition = p.firstToken() > m.headToken() && p.firstToken() - m.headToken() <= 2;
    return headIsName || apposition || m.span().end() == p.span().end();
  }

  /** Same surname, and one name's words all appear in the other's. */
  static boolean sameNamedPerson(List<String> a, List<String> b) {
    for (String x : a) {
      for (String y : b) {
        List<String> wx = words(x);
        List<String> wy = words(y);
        if (wx.isEmpty() || wy.isEmpty()) {
          continue;
        }
        boolean sameSurname = wx.get(wx.size() - 1).equals(wy.get(wy.size() - 1));
        if (sameSurname && (wx.containsAll(wy) || wy.containsAll(wx))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s]+")) {
      String t = w.replaceAll("[^\\p{L}\\p{N}-]", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static @Nullable Boolean genderOf(List<CorefMention> chain) {
    Map<Boolean, Integer> votes = new HashMap<>();
    for (CorefMention m : chain) {
      String w = m.text().toLowerCase(Locale.ROOT);
      if (MALE.contains(w)) {
        votes.merge(Boolean.TRUE, 1, Integer::sum);
      } else if (FEMALE.contains(w)) {
        votes.merge(Boolean.FALSE, 1, Integer::sum);
      }
    }
    if (votes.size() != 1) {
      return null;
    }
    return votes.keySet().iterator().next();
  }

  static boolean isPronoun(String text) {
    String w = text.toLowerCase(Locale.ROOT).trim();
    return MALE.contains(w)
        || FEMALE.contains(w)
        || Set.of("they", "them", "their", "theirs", "it", "its", "i", "me", "my", "we", "us", "our", "you", "your")
            .contains(w);
  }

  /** The longest proper-name mention of moderate length, else the first mention. */
  private static int representative(List<CorefMention> chain) {
    Map<Integer, Integer> score = new LinkedHashMap<>();
    for (int i = 0; i < chain.size(); i++) {
      CorefMention m = chain.get(i);
      if (m.kind().equals("PROPER") || m.kind().equals("NOMINAL")) {
        int len = m.text().split("\\s+").length;
        score.put(i, (m.kind().equals("PROPER") ? 100 : 0) + (len <= 8 ? len : 0));
      }
    }
    return score.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(e -> -e.getKey()))
        .map(Map.Entry::getKey)
        .orElse(0);
  }
}
