package org.dateline.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.CorefChain;
import org.dateline.core.model.CorefMention;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Resolves noun phrases to coded actors with an {@link ActorDictionary}: dictionary matches are
 * grouped into phrases on the dependency parse ("Iraqi government forces" → IRQ GOV MIL), phrases
 * with conjoined identities are split ("Kurdish and US forces" → KUR MIL, USA MIL), persons are
 * coded as the organisation they lead when their role holds on the article's date, and pronouns
 * and descriptions take the actor of their coreference chain. Needs tokens, lemmas and
 * dependencies; uses coreference when present. Immutable and thread-safe.
 */
public final class ActorResolver {
  private static final Set<String> MODIFIER_RELATIONS =
      Set.of("amod", "compound", "nmod:poss", "flat");
  private static final Set<String> HYPHEN_SUFFIXES =
      Set.of("held", "led", "controlled", "backed", "linked", "allied", "run", "occupied",
          "affiliated", "aligned", "based", "dominated", "owned", "inspired", "sponsored");

  private final ActorDictionary dictionary;

  public ActorResolver(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  /** All actor mentions of the document, with their token lookup. */
  public ActorIndex resolve(AnnotatedDocument doc) {
    doc.require("actors", Layer.TOKENS, Layer.LEMMAS, Layer.POS);
    LocalDate date = doc.article().referenceDate();
    String text = doc.article().text();
    List<ActorMention> all = new ArrayList<>();
    Map<Long, List<ActorMention>> byToken = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      List<EntityMention> places = new ArrayList<>();
      for (EntityMention e : doc.entities()) {
        if (e.sentence() == s.index() && e.kind() == EntityKind.LOCATION) {
          places.add(e);
        }
      }
      for (ActorMention m : resolveSentence(s, text, date, places)) {
        all.add(m);
        for (int t = firstToken(s, m.span()); t <= lastToken(s, m.span()); t++) {
          byToken.computeIfAbsent(ActorIndex.key(s.index(), t), k -> new ArrayList<>()).add(m);
        }
      }
    }
    if (doc.has(Layer.COREF)) {
      addCoreference(doc, all, byToken);
    }
    addDefiniteDescriptions(doc, all, byToken);
    return new ActorIndex(all, byToken);
  }

  private List<ActorMention> resolveSentence(
      Sentence s, String text, @Nullable LocalDate date, List<EntityMention> places) {
    List<Token> tokens = s.tokens();
    List<List<String>> alts = new ArrayList<>();
    for (Token t : tokens) {
      Set<String> forms = new LinkedHashSet<>();
      forms.add(ActorDictionary.normalise(t.word()));
      forms.add(ActorDictionary.normalise(t.lemma()));
      int dash = t.word().lastIndexOf('-');
      if (dash > 0 && HYPHEN_SUFFIXES.contains(ActorDictionary.normalise(t.word().substring(dash + 1)))) {
        forms.add(ActorDictionary.normalise(t.word().substring(0, dash)));
      }
      alts.add(List.copyOf(forms));
    }
    List<ActorDictionary.Match> matches = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      ActorDictionary.Match m = canStart(tokens, i) ? dictionary.longestAt(alts, i) : null;
      if (m != null && tokens.get(i).pos().equals("DT")) {
        // "the" belongs to the name only when the name without it is no match as long
        ActorDictionary.Match bare = dictionary.longestAt(alts, i + 1);
        if (bare != null && bare.end() >= m.end()) {
          m = null;
        }
      }
      if (m != null && lastIsNominal(tokens, m) && !insideLongerPlace(s, places, m)) {
        matches.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    if (matches.isEmpty()) {
      return List.of();
    }
    Map<Integer, ActorDictionary.Match> matchOfToken = new HashMap<>();
    for (ActorDictionary.Match m : matches) {
      for (int t = m.start(); t < m.end(); t++) {
        matchOfToken.put(t, m);
      }
    }
    Map<ActorDictionary.Match, Integer> headOfMatch = new HashMap<>();
    for (ActorDictionary.Match m : matches) {
      headOfMatch.put(m, groupHead(s, m, matchOfToken, 0));
    }
    // "Kurdish and US forces": a bare modifier coordinated with the next phrase's modifier joins it,
    // even when the parser attached it elsewhere.
    for (int k = matches.size() - 2; k >= 0; k--) {
      ActorDictionary.Match m = matches.get(k);
      ActorDictionary.Match next = matches.get(k + 1);
      int between = next.start() - m.end();
      boolean coordinated = between == 1 && tokens.get(m.end()).pos().equals("CC");
      boolean bare = headOfMatch.get(m) == headOf(s, m.start(), m.end());
      String pos = tokens.get(m.end() - 1).pos();
      boolean modifier = pos.startsWith("JJ") || pos.equals("NNP");
      boolean nextModifies = headOfMatch.get(next) != headOf(s, next.start(), next.end());
      if (coordinated && bare && modifier && nextModifies) {
        headOfMatch.put(m, headOfMatch.get(next));
      }
    }
    // "Gondor's Prime Minister Falastur": a country's possessive names whose office a bare sector
    // phrase is (GONGOV), where the possessor of any other phrase stays an actor of its own
    for (ActorDictionary.Match m : matches) {
      int own = headOf(s, m.start(), m.end());
      Dependency up = modifierEdge(s, own);
      if (headOfMatch.get(m) != own || up == null || !up.relation().equals("nmod:poss") || !ofKind(m, ActorKind.COUNTRY)) {
        continue;
      }
      List<ActorDictionary.Match> possessed =
          matches.stream().filter(o -> o != m && headOfMatch.get(o) == up.governor()).toList();
      if (!possessed.isEmpty() && possessed.stream().allMatch(o -> ofKind(o, ActorKind.SECTOR))) {
        headOfMatch.put(m, up.governor());
      }
    }
    Map<Integer, List<ActorDictionary.Match>> groups = new LinkedHashMap<>();
    for (ActorDictionary.Match m : matches) {
      groups.computeIfAbsent(headOfMatch.get(m), k -> new ArrayList<>()).add(m);
    }
    List<ActorMention> out = new ArrayList<>();
    groups.forEach((head, members) -> out.addAll(PhraseCoder.code(s, text, head, members, matchOfToken, date)));
    return out;
  }

  /** The token heading the phrase a match belongs to: climbs modifier edges to nominal heads. */
  private static int groupHead(
      Sentence s, ActorDictionary.Match m, Map<Integer, ActorDictionary.Match> matchOfToken, int depth) {
    int head = headOf(s, m.start(), m.end());
    Dependency up = modifierEdge(s, head);
    if (up == null || depth > 5) {
      return head;
    }
    ActorDictionary.Match parent = matchOfToken.get(up.governor());
    if (parent != null && parent != m) {
      return groupHead(s, parent, matchOfToken, depth + 1);
    }
    int g = up.governor();
    if (!nominalHead(s, g) || up.relation().equals("nmod:poss")) {
      return head;
    }
    // climb a chain of unmatched compound nouns to the phrase head: "British Defence Secretary Tom King"
    for (int step = 0; step < 4; step++) {
      Dependency next = null;
      for (Dependency d : s.dependencies()) {
        if (d.dependent() == g && d.governor() >= 0 && (d.relation().equals("compound") || d.relation().equals("flat"))
            && nominalHead(s, d.governor()) && !matchOfToken.containsKey(d.governor())) {
          next = d;
          break;
        }
      }
      if (next == null) {
        break;
      }
      g = next.governor();
    }
    return g;
  }

  private static boolean ofKind(ActorDictionary.Match m, ActorKind kind) {
    return !m.entries().isEmpty() && m.entries().stream().allMatch(e -> e.kind() == kind);
  }

  private static boolean nominalHead(Sentence s, int token) {
    org.dateline.core.model.Token t = s.tokens().get(token);
    boolean dated = t.ner().equals("DATE") || t.ner().equals("TIME");
    return t.pos().startsWith("NN") && !dated;
  }

  static @Nullable Dependency modifierEdge(Sentence s, int token) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == token && d.governor() >= 0 && MODIFIER_RELATIONS.contains(d.relation())) {
        return d;
      }
    }
    // "US-led coalition", "Islamic State-held territory": the name hangs off the participle
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == token && d.governor() >= 0
          && HYPHEN_SUFFIXES.contains(s.tokens().get(d.governor()).word().toLowerCase(java.util.Locale.ROOT))) {
        for (Dependency e : s.dependencies()) {
          if (e.dependent() == d.governor() && e.governor() >= 0 && MODIFIER_RELATIONS.contains(e.relation())) {
            return new Dependency(e.relation(), e.governor(), token);
          }
        }
      }
    }
    return null;
  }

  /** The token in {@code [start, end)} whose governor lies outside the range (the last by default). */
  static int headOf(Sentence s, int start, int end) {
    for (Dependency d : s.dependencies()) {
      int t = d.dependent();
      if (t >= start && t < end && (d.governor() < start || d.governor() >= end)
          && !d.relation().equals("punct") && !d.relation().startsWith("conj") && !d.relation().equals("det")) {
        return t; // "The KU basketball team": the article hangs off the phrase, the name's head is KU
      }
    }
    return end - 1;
  }

  /** "Al Riyadh" is a town, not Saudi Arabia's capital: a match strictly inside a longer place name is no actor. */
  private static boolean insideLongerPlace(Sentence s, List<EntityMention> places, ActorDictionary.Match m) {
    for (EntityMention e : places) {
      boolean inside = e.firstToken() <= m.start() && m.end() <= e.endToken();
      if (inside && e.endToken() - e.firstToken() > m.length()) {
        return true;
      }
    }
    return false;
  }

  /** A name starts on a nominal, or on "the" before one when the dictionary name has it ("The Hague", "THE_AU"). */
  private static boolean canStart(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.pos().equals("DT") && t.word().equalsIgnoreCase("the")) {
      return i + 1 < tokens.size() && canStart(tokens.get(i + 1));
    }
    return canStart(t);
  }

  private static boolean canStart(Token t) {
    String p = t.pos();
    boolean capitalisedParticiple = p.equals("VBN") && Character.isUpperCase(t.word().charAt(0));
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("FW") || capitalisedParticiple;
  }

  private static boolean lastIsNominal(List<Token> tokens, ActorDictionary.Match m) {
    String p = tokens.get(m.end() - 1).pos();
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("FW") || p.equals("VBN");
  }

  private void addCoreference(
      AnnotatedDocument doc, List<ActorMention> all, Map<Long, List<ActorMention>> byToken) {
    for (CorefChain chain : doc.corefChains()) {
      List<ActorMention> antecedent = null;
      List<CorefMention> ordered = new ArrayList<>(chain.mentions());
      ordered.sort(Comparator.comparing((CorefMention c) -> c != chain.representativeMention()));
      for (CorefMention c : ordered) {
        List<ActorMention> direct = byToken.get(ActorIndex.key(c.sentence(), c.headToken()));
        if (direct != null && !direct.isEmpty()) {
          antecedent = direct;
          break;
        }
      }
      if (antecedent == null) {
        continue;
      }
      for (CorefMention c : chain.mentions()) {
        long k = ActorIndex.key(c.sentence(), c.headToken());
        if (byToken.containsKey(k)) {
          continue;
        }
        for (ActorMention a : antecedent) {
          ActorMention copy = a.through(c.span(), c.text(), c.sentence(), c.headToken());
          all.add(copy);
          byToken.computeIfAbsent(k, x -> new ArrayList<>()).add(copy);
        }
      }
    }
  }

  /**
   * "the group", "its fighters"... when coreference left a description of an organisation
   * unresolved: the most recent organisation or armed group named in this or the two previous
   * sentences.
   */
  private static void addDefiniteDescriptions(
      AnnotatedDocument doc, List<ActorMention> all, Map<Long, List<ActorMention>> byToken) {
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        long k = ActorIndex.key(s.index(), t.index());
        if (!DESCRIPTIONS.contains(lemma) || !t.pos().startsWith("NN") || byToken.containsKey(k) || !definite(s, t.index())) {
          continue;
        }
        ActorMention antecedent = null;
        for (ActorMention m : all) {
          boolean before = m.span().end() <= t.span().start() && m.sentence() >= s.index() - 2;
          boolean coArgument = m.sentence() == s.index() && governor(s, m.headToken()) == governor(s, t.index());
          if (before && !coArgument && m.organisation() != null && m.resolution() != ActorMention.Resolution.COREFERENCE) {
            antecedent = m;
          }
        }
        if (antecedent != null) {
          ActorMention copy = antecedent.through(t.span(), t.word(), s.index(), t.index());
          all.add(copy);
          byToken.computeIfAbsent(k, x -> new ArrayList<>()).add(copy);
        }
      }
    }
  }

  private static final Set<String> DESCRIPTIONS =
      Set.of("group", "organization", "organisation", "movement", "militia", "faction", "network");

  private static int governor(Sentence s, int token) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == token && !d.relation().startsWith("conj")) {
        return d.governor();
      }
    }
    return -2;
  }

  private static boolean definite(Sentence s, int token) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == token && (d.relation().equals("det") || d.relation().equals("nmod:poss"))) {
        String w = s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("the") || w.equals("its") || w.equals("his") || w.equals("their") || w.equals("this")) {
          return true;
        }
      }
    }
    return false;
  }

  private static int firstToken(Sentence s, Span span) {
    for (Token t : s.tokens()) {
      if (t.span().end() > span.start()) {
        return t.index();
      }
    }
    return s.tokens().size();
  }

  private static int lastToken(Sentence s, Span span) {
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.span().start() < span.end()) {
        last = t.index();
      }
    }
    return last;
  }
}
