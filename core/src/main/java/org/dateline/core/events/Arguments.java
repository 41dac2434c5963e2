package org.dateline.core.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.core.actors.ActorIndex;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.model.Dependency;
import org.jspecify.annotations.Nullable;

/** Reads an event's source and target actors off one sentence's dependency parse. */
final class Arguments {
  private static final List<String> VERB_TARGETS =
      List.of("iobj", "obl:against", "obl:on", "obl:upon", "obl:from", "obl:with", "obl:to", "obl:toward",
          "obl:towards", "obl:into", "obl:at");
  /** Types whose act goes to a place: visits, aid, deployments, agreements, withdrawals. */
  private static final java.util.Set<PloverType> PLACE_TARGETS = java.util.EnumSet.of(
      PloverType.CONSULT, PloverType.AID, PloverType.MOBILIZE, PloverType.AGREE, PloverType.RETREAT);
  private static final List<String> NOUN_TARGETS =
      List.of("nmod:on", "nmod:against", "nmod:upon", "nmod:of", "nmod:with", "nmod:to", "nmod:from",
          "nmod:toward", "nmod:towards");
  private static final List<String> OBJECT_PHRASES =
      List.of("nmod:by", "nmod:with", "nmod:to", "nmod:against", "nmod:on", "nmod:for", "nmod:from", "nmod:toward",
          "nmod:towards", "nmod:between");
  private static final List<String> NOUN_SOURCES =
      List.of("nmod:poss", "nmod:by", "nmod:agent", "amod", "compound");

  private final Parse p;
  private final ActorIndex actors;
  private final boolean agentlessPassiveActive;

  Arguments(Parse p, ActorIndex actors) {
    this(p, actors, false);
  }

  /**
   * @param agentlessPassiveActive whether a passive without its agent phrase is read as active
   *     (PETRARCH's and TABARI's passive needs the agent phrase: "X was criticized over its dispute
   *     with Y" codes X → Y)
   */
  Arguments(Parse p, ActorIndex actors, boolean agentlessPassiveActive) {
    this.p = p;
    this.actors = actors;
    this.agentlessPassiveActive = agentlessPassiveActive;
  }

  /** Whether a verb is read as a passive: it has a passive auxiliary or subject, and an agent phrase when required. */
  boolean passive(int verb) {
    boolean passive = p.hasChild(verb, "aux:pass") || p.hasChild(verb, "nsubj:pass");
    return passive && (!agentlessPassiveActive || !agentPhrases(verb).isEmpty());
  }

  private List<Integer> agentPhrases(int verb) {
    List<Integer> agents = new ArrayList<>(p.dependents(verb, "obl:agent"));
    agents.addAll(p.dependents(verb, "obl:by"));
    agents.addAll(p.dependents(verb, "nmod:agent"));
    return agents;
  }

  /** The clause head that carries a noun trigger's time, place and subject ("carried out an assault"). */
  static int anchor(Parse p, int token, boolean noun) {
    if (!noun) {
      return token;
    }
    Dependency up = p.parent(token);
    if (up != null && up.governor() >= 0 && p.token(up.governor()).pos().startsWith("VB")
        && (up.relation().equals("obj") || up.relation().startsWith("obl"))) {
      return up.governor();
    }
    return token;
  }

  List<ActorMention> sources(int token, boolean noun, List<EventCoder.Found> found) {
    return sources(token, noun, found, 0);
  }

  private List<ActorMention> sources(int token, boolean noun, List<EventCoder.Found> found, int depth) {
    if (depth > 3) {
      return List.of();
    }
    if (noun) {
      List<ActorMention> own = new ArrayList<>(actorsAt(token));
      for (String rel : NOUN_SOURCES) {
        for (int d : p.dependents(token, rel)) {
          own.addAll(actorsOrOf(d));
        }
      }
      if (!own.isEmpty()) {
        return distinct(own);
      }
      int a = anchor(p, token, true);
      return a == token ? List.of() : subjects(a);
    }
    List<ActorMention> subj = subjects(token);
    if (!subj.isEmpty()) {
      return subj;
    }
    if (pronounSubject(token)) {
      // "Hungary has said it will support ...": without coreference, the reporter is the referent
      List<ActorMention> reporter = speaker(token);
      if (!reporter.isEmpty()) {
        return reporter;
      }
    }
    Dependency up = p.parent(token);
    if (up == null || up.governor() < 0) {
      return List.of();
    }
    int gov = up.governor();
    String rel = up.relation();
    if (!rel.equals("xcomp") && (p.hasChild(token, "nsubj:pass") || p.hasChild(token, "aux:pass"))) {
      return List.of(); // a passive without its "by" phrase leaves the agent unknown ("after a halfling was reported")
    }
    if (rel.equals("xcomp")) {
      List<ActorMention> controller = actorsOf(p.dependents(gov, "obj"));
      return controller.isEmpty() ? sources(gov, false, found, depth + 1) : controller;
    }
    if (rel.startsWith("acl") && p.token(gov).pos().startsWith("NN")) {
      List<ActorMention> host = sources(gov, true, found, depth + 1);
      if (!host.isEmpty()) {
        return host;
      }
    }
    if (rel.startsWith("conj") || rel.startsWith("advcl")) {
      return sources(gov, !p.token(gov).pos().startsWith("VB"), found, depth + 1);
    }
    int subject = inheritedSubject(p, token);
    return subject < 0 ? List.of() : actorsOrOf(subject);
  }

  /**
   * The subject of the nearest clause above {@code token}, climbing modifier and complement edges
   * but never out of a reported clause ("Officials said that families ... escape": families).
   *
   * @return the subject token, or -1
   */
  static int inheritedSubject(Parse p, int token) {
    int t = token;
    for (int step = 0; step < 6; step++) {
      Dependency up = p.parent(t);
      if (up == null || up.governor() < 0) {
        return -1;
      }
      String rel = up.relation();
      if (rel.equals("ccomp") || rel.equals("parataxis") || rel.startsWith("nsubj") || rel.equals("root")) {
        return -1;
      }
      t = up.governor();
      if (p.token(t).pos().startsWith("VB") && !p.hasChild(t, "aux:pass")) {
        List<Integer> subj = p.dependents(t, "nsubj");
        if (!subj.isEmpty()) {
          return subj.get(0);
        }
      }
    }
    return -1;
  }

  private boolean pronounSubject(int verb) {
    for (int d : p.dependents(verb, "nsubj")) {
      if (p.token(d).pos().equals("PRP")) {
        return true;
      }
    }
    Dependency up = p.parent(verb);
    if (up != null && up.governor() >= 0 && up.relation().equals("xcomp")) {
      return pronounSubject(up.governor()); // "he is prepared to lift the ban"
    }
    return false;
  }

  private List<ActorMention> subjects(int verb) {
    if (passive(verb)) {
      return actorsOf(agentPhrases(verb));
    }
    List<Integer> subj = new ArrayList<>();
    for (Dependency d : p.children(verb)) {
      if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass") || d.relation().equals("nsubj:xsubj") || d.relation().equals("csubj")) {
        subj.add(d.dependent());
      }
    }
    return actorsOf(oneSubject(subj, verb));
  }

  /**
   * Subjects that are not conjoined with each other mean the parser joined two clauses ("Ethiopia
   * departx from Libya ..., an official said"): the one nearest the verb and its conjuncts stay.
   */
  private List<Integer> oneSubject(List<Integer> subj, int verb) {
    if (subj.size() < 2) {
      return subj;
    }
    int nearest = subj.get(0);
    for (int t : subj) {
      if (Math.abs(t - verb) < Math.abs(nearest - verb)) {
        nearest = t;
      }
    }
    java.util.Set<Integer> group = new java.util.HashSet<>(List.of(nearest));
    for (int round = 0; round < 2; round++) {
      for (int t : subj) {
        for (int g : List.copyOf(group)) {
          if (conjoined(t, g) || conjoined(g, t)) {
            group.add(t);
          }
        }
      }
    }
    return subj.stream().filter(group::contains).toList();
  }

  private boolean conjoined(int a, int b) {
    return p.children(a).stream().anyMatch(d -> d.dependent() == b && d.relation().startsWith("conj"));
  }

  List<ActorMention> targets(int token, boolean noun, PloverType type) {
    if (noun) {
      for (String rel : NOUN_TARGETS) {
        List<ActorMention> a = actorsOf(p.dependents(token, rel));
        if (!a.isEmpty()) {
          return a;
        }
      }
      return List.of();
    }
    List<Integer> objects = p.dependents(token, passive(token) ? "nsubj:pass" : "obj");
    List<ActorMention> direct = actorsOf(objects);
    if (!direct.isEmpty()) {
      return direct;
    }
    // "restore ties with Gondor", "condemned an attack by Osgiliath soldiers", "welcomed the
    // resumption of ties with Osgiliath": the object's own phrase, nearest level first
    List<Integer> level = objects;
    for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
      for (String rel : OBJECT_PHRASES) {
        List<Integer> deps = new ArrayList<>();
        for (int o : level) {
          for (Dependency d : p.children(o)) {
            if (d.relation().equals(rel)) {
              deps.add(d.dependent());
            }
          }
        }
        List<ActorMention> a = actorsOf(deps);
        if (!a.isEmpty()) {
          return a;
        }
      }
      List<Integer> next = new ArrayList<>();
      for (int o : level) {
        next.addAll(p.dependents(o, "nmod"));
      }
      level = next;
    }
    for (String rel : VERB_TARGETS) {
      List<Integer> deps = new ArrayList<>();
      for (Dependency d : p.children(token)) {
        if (d.relation().equals(rel)) {
          deps.add(d.dependent());
        }
      }
      List<ActorMention> a = actorsOf(deps);
      if (!a.isEmpty()) {
        return anonymous(a) && PLACE_TARGETS.contains(type) ? hostPlace(token).orElse(a) : a;
      }
    }
    return List.of();
  }

  /** Whether no actor in {@code a} names a country or an organisation ("an official visit"). */
  private static boolean anonymous(List<ActorMention> a) {
    return a.stream().allMatch(m -> m.country() == null && m.organisation() == null);
  }

  /**
   * The country a visit, aid, deployment or withdrawal goes to ("in"/"to" phrase), when its other
   * target is an agent naming no country or organisation: PETRARCH2 reads a verb phrase's
   * prepositional phrases together and lets an actor outrank an agent ("arrived in Gondor on
   * Monday on his first official visit": Gondor, not the officials).
   */
  private java.util.Optional<List<ActorMention>> hostPlace(int verb) {
    for (String rel : List.of("obl:in", "obl:to")) {
      for (int d : p.dependents(verb, rel)) {
        List<ActorMention> places = actorsAt(d).stream()
            .filter(a -> a.country() != null && a.sectors().isEmpty() && a.organisation() == null).toList();
        if (!places.isEmpty()) {
          return java.util.Optional.of(places);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Targets found beyond the trigger's own arguments: the targets of its complement ("agreed to
   * provide aid to Poland", "offered to hand them over to Britain"), and, for visits, aid,
   * deployments and withdrawals, the country where it takes place ("arrived in Amman on a visit").
   */
  List<ActorMention> complementTargets(int token, boolean noun, @Nullable PloverType type) {
    int anchor = anchor(p, token, noun);
    // "demanded that the US cancel its plans": the one asked or accused is the clause's subject
    boolean verbal = type == PloverType.REQUEST || type == PloverType.ACCUSE || type == PloverType.REJECT
        || type == PloverType.THREATEN || type == PloverType.SUPPORT;
    for (int c : verbal ? p.dependents(anchor, "ccomp") : List.<Integer>of()) {
      if (c < anchor) {
        continue; // a fronted report ("Ethiopia departs, an official said") names no addressee
      }
      List<Integer> subjects = new ArrayList<>(p.dependents(c, "nsubj"));
      subjects.addAll(p.dependents(c, "nsubj:pass"));
      List<ActorMention> t = actorsOf(subjects);
      if (!t.isEmpty()) {
        return t;
      }
    }
    List<Integer> complements = new ArrayList<>(p.dependents(anchor, "xcomp"));
    complements.addAll(p.dependents(anchor, "advcl:to")); // "signed an accord to supply Gondor"
    for (int x : complements) {
      List<ActorMention> t = targets(x, false, type);
      if (!t.isEmpty()) {
        return t;
      }
      for (int y : p.dependents(x, "xcomp")) {
        t = targets(y, false, type);
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    if (PLACE_TARGETS.contains(type)) {
      for (String rel : List.of("obl:in", "obl:to", "nmod:in", "nmod:to")) {
        for (int d : p.dependents(anchor, rel)) {
          List<ActorMention> places = new ArrayList<>();
          for (ActorMention a : actorsAt(d)) {
            if (a.country() != null && a.sectors().isEmpty() && a.organisation() == null) {
              places.add(a);
            }
          }
          if (!places.isEmpty()) {
            return places;
          }
        }
      }
    }
    return List.of();
  }

  /** The subject of the reporting verb whose clause holds {@code token} ("..., the minister said"). */
  List<ActorMention> speaker(int token) {
    int t = token;
    for (int step = 0; step < 8; step++) {
      Dependency up = p.parent(t);
      if (up == null || up.governor() < 0) {
        return List.of();
      }
      if (up.relation().equals("ccomp") || up.relation().equals("parataxis")) {
        return actorsOf(p.dependents(up.governor(), "nsubj"));
      }
      t = up.governor();
    }
    return List.of();
  }

  private List<ActorMention> actorsOf(List<Integer> tokens) {
    List<ActorMention> out = new ArrayList<>();
    for (int t : tokens) {
      out.addAll(actorsOrOf(t));
    }
    return distinct(out);
  }

  /** Actors at a token, else at its "of"/possessor dependent ("the leader of the group"). */
  private List<ActorMention> actorsOrOf(int t) {
    List<ActorMention> at = actorsAt(t);
    if (!at.isEmpty()) {
      return at;
    }
    List<ActorMention> out = new ArrayList<>();
    for (int d : p.dependents(t, "nmod:of")) {
      out.addAll(actorsAt(d));
    }
    for (int d : p.dependents(t, "nmod:poss")) {
      out.addAll(actorsAt(d));
    }
    return out;
  }

  private List<ActorMention> actorsAt(int t) {
    return actors.at(p.sentence.index(), t);
  }

  static List<ActorMention> distinct(List<ActorMention> in) {
    Map<String, ActorMention> bySpanAndCode = new LinkedHashMap<>();
    for (ActorMention m : in) {
      bySpanAndCode.putIfAbsent(m.span() + m.code(), m);
    }
    return List.copyOf(bySpanAndCode.values());
  }
}
