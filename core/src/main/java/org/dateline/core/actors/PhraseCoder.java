package org.dateline.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/** Codes one noun phrase (its dictionary matches grouped under a head token) as actor mentions. */
final class PhraseCoder {
  private PhraseCoder() {}

  private static final List<ActorKind> PRIORITY =
      List.of(ActorKind.PERSON, ActorKind.ARMED_GROUP, ActorKind.ORGANISATION, ActorKind.COUNTRY,
          ActorKind.GROUP, ActorKind.SECTOR);

  /** What a sector noun may belong to through "in/of/from" ("officials in Fornost", "officials in White House"). */
  private static final Set<ActorKind> INSTITUTIONS = Set.of(ActorKind.COUNTRY, ActorKind.ORGANISATION, ActorKind.ARMED_GROUP);

  static List<ActorMention> code(
      Sentence s,
      String text,
      int head,
      List<ActorDictionary.Match> members,
      Map<Integer, ActorDictionary.Match> matchOfToken,
      @Nullable LocalDate date) {
    List<ActorEntry> identities = new ArrayList<>();
    List<ActorDictionary.Match> identityMatches = new ArrayList<>();
    Set<Sector> sectors = new LinkedHashSet<>();
    Set<String> agentCodes = new LinkedHashSet<>();
    Set<Integer> offices = new LinkedHashSet<>(List.of(head)); // the head and the words of sector matches
    int first = head;
    int last = head;
    for (ActorDictionary.Match m : members) {
      first = Math.min(first, m.start());
      last = Math.max(last, m.end() - 1);
      ActorEntry e = pick(m.entries(), date);
      if (e.kind() == ActorKind.SECTOR) {
        sectors.addAll(e.sectors());
        agentCodes.add(e.code());
        for (int t = m.start(); t < m.end(); t++) {
          offices.add(t);
        }
      } else {
        identities.add(e);
        identityMatches.add(m);
      }
    }
    if (identities.isEmpty()) {
      // "officials in northern Iraq", "police of Kirkuk province": the country from a prepositional
      // phrase, also one hanging off a conjoined noun ("lawmakers and officials in Fornost")
      Set<Integer> heads = new LinkedHashSet<>(List.of(head));
      for (Dependency d : s.dependencies()) {
        if (d.relation().startsWith("conj") && d.governor() >= 0 && (d.governor() == head || d.dependent() == head)) {
          heads.add(d.governor() == head ? d.dependent() : d.governor());
        }
      }
      for (Dependency d : s.dependencies()) {
        if (heads.contains(d.governor()) && (d.relation().startsWith("nmod:in") || d.relation().startsWith("nmod:of")
            || d.relation().startsWith("nmod:from"))) {
          ActorDictionary.Match m = matchOfToken.get(d.dependent());
          if (m == null) {
            m = modifierMatch(s, d.dependent(), matchOfToken); // "troops from the Gondor border region"
          }
          if (m != null && INSTITUTIONS.contains(pick(m.entries(), date).kind())) {
            identities.add(pick(m.entries(), date)); // all of them: "lawmakers in Fornost and Gondor"
          }
        }
      }
    }
    if (!sectors.isEmpty() && former(s, offices)) {
      // CAMEO codes former office-holders as elites (ELI), not as the office they left: "former
      // security officials", "Former Socialist prime minister Andreas Papandreou" (PLOVER gold: GRC ELI)
      sectors.clear();
      sectors.add(Sector.ELI);
      agentCodes.clear();
      agentCodes.add(Sector.ELI.name());
    }
    Span span = new Span(s.tokens().get(first).span().start(), s.tokens().get(last).span().end());
    String phrase = span.of(text);
    List<ActorMention> out = new ArrayList<>();
    if (identities.isEmpty()) {
      if (!sectors.isEmpty()) {
        out.add(new ActorMention(span, phrase, s.index(), head, String.join("", agentCodes).replace("~", ""), null, null,
            List.copyOf(sectors), null, ActorMention.Resolution.DICTIONARY, null, null));
      }
      return out;
    }
    for (ActorEntry e : identities) {
      out.add(identity(s, span, phrase, head, e, sectors, agentCodes, date));
    }
    return out;
  }

  /** The dictionary match on a compound modifier of {@code token}, if any. */
  private static ActorDictionary.@Nullable Match modifierMatch(Sentence s, int token,
      Map<Integer, ActorDictionary.Match> matchOfToken) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == token && d.relation().equals("compound") && matchOfToken.containsKey(d.dependent())) {
        return matchOfToken.get(d.dependent());
      }
    }
    return null;
  }

  /**
   * Whether "former" modifies the phrase's head or one of its office words ("Arnor former security
   * officials", "former president"), not a name inside it ("the former Soviet republic's army").
   */
  private static boolean former(Sentence s, Set<Integer> offices) {
    for (Dependency d : s.dependencies()) {
      if (offices.contains(d.governor()) && d.relation().equals("amod")
          && s.tokens().get(d.dependent()).lemma().equalsIgnoreCase("former")) {
        return true;
      }
    }
    return false;
  }

  private static ActorMention identity(
      Sentence s, Span span, String phrase, int head, ActorEntry e, Set<Sector> sectors,
      Set<String> agentCodes, @Nullable LocalDate date) {
    String base = e.code();
    String country = e.country();
    String organisation = null;
    String role = null;
    ActorMention.Resolution how = ActorMention.Resolution.DICTIONARY;
    switch (e.kind()) {
      case COUNTRY -> country = e.code();
      case ORGANISATION, ARMED_GROUP, GROUP -> organisation = e.code();
      case PERSON -> {
        if (e.affiliation() != null && e.holdsOn(date)) {
          base = e.affiliation();
          organisation = e.affiliation();
          role = e.role();
          how = ActorMention.Resolution.ROLE;
        }
      }
      case SECTOR -> throw new IllegalStateException("sector entries carry no identity");
    }
    Set<Sector> all = new LinkedHashSet<>(sectors.isEmpty() ? e.sectors() : sectors);
    StringBuilder code = new StringBuilder(base);
    for (String agent : agentCodes) {
      if (agent.endsWith("~")) {
        code.insert(0, agent.substring(0, agent.length() - 1)); // PETRARCH prefix agents ("NGO~")
      } else if (!base.contains(agent)
          && (e.kind() == ActorKind.COUNTRY || e.sectors().stream().noneMatch(x -> x.name().equals(agent)))) {
        code.append(agent); // "Islamic State militants" is ISIS, not ISISINS; "White House officials" USAGOV
      }
    }
    return new ActorMention(span, phrase, s.index(), head, code.toString(), country,
        organisation, List.copyOf(all), e.name(), how, null, role);
  }

  static ActorEntry pick(List<ActorEntry> entries) {
    return pick(entries, null);
  }

  /**
   * The entry to code a match with: entries whose date bounds hold on {@code date} first (a
   * date-bounded one before an unbounded default), then by kind (persons, groups, organisations,
   * countries, sectors).
   */
  static ActorEntry pick(List<ActorEntry> entries, @Nullable LocalDate date) {
    List<ActorEntry> holding = new ArrayList<>();
    for (ActorEntry e : entries) {
      if (e.kind() == ActorKind.PERSON || e.holdsOn(date)) {
        holding.add(e);
      }
    }
    List<ActorEntry> pool = holding.isEmpty() ? entries : holding;
    for (ActorKind k : PRIORITY) {
      ActorEntry unbounded = null;
      for (ActorEntry e : pool) {
        if (e.kind() == k) {
          if (e.from() != null || e.until() != null) {
            return e;
          }
          unbounded = unbounded == null ? e : unbounded;
        }
      }
      if (unbounded != null) {
        return unbounded;
      }
    }
    return pool.get(0);
  }
}
