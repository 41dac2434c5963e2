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
    int first = head;
    int last = head;
    for (ActorDictionary.Match m : members) {
      first = Math.min(first, m.start());
      last = Math.max(last, m.end() - 1);
      ActorEntry e = pick(m.entries());
      if (e.kind() == ActorKind.SECTOR) {
        sectors.addAll(e.sectors());
      } else {
        identities.add(e);
        identityMatches.add(m);
      }
    }
    if (identities.isEmpty()) {
      // "officials in northern Iraq", "police of Kirkuk province": the country from a prepositional phrase
      for (Dependency d : s.dependencies()) {
        if (d.governor() == head && (d.relation().startsWith("nmod:in") || d.relation().startsWith("nmod:of")
            || d.relation().startsWith("nmod:from"))) {
          ActorDictionary.Match m = matchOfToken.get(d.dependent());
          if (m != null && pick(m.entries()).kind() == ActorKind.COUNTRY) {
            identities.add(pick(m.entries()));
            break;
          }
        }
      }
    }
    Span span = new Span(s.tokens().get(first).span().start(), s.tokens().get(last).span().end());
    String phrase = span.of(text);
    List<ActorMention> out = new ArrayList<>();
    if (identities.isEmpty()) {
      if (!sectors.isEmpty()) {
        out.add(new ActorMention(span, phrase, s.index(), head, join("", sectors), null, null,
            List.copyOf(sectors), null, ActorMention.Resolution.DICTIONARY, null, null));
      }
      return out;
    }
    for (ActorEntry e : identities) {
      out.add(identity(s, span, phrase, head, e, sectors, date));
    }
    return out;
  }

  private static ActorMention identity(
      Sentence s, Span span, String phrase, int head, ActorEntry e, Set<Sector> sectors,
      @Nullable LocalDate date) {
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
    List<Sector> extra = new ArrayList<>(all);
    if (e.kind() != ActorKind.COUNTRY) {
      extra.removeAll(e.sectors()); // "Islamic State militants" is ISIS, not ISISINS
    }
    return new ActorMention(span, phrase, s.index(), head, base + join("", extra), country,
        organisation, List.copyOf(all), e.name(), how, null, role);
  }

  static ActorEntry pick(List<ActorEntry> entries) {
    for (ActorKind k : PRIORITY) {
      for (ActorEntry e : entries) {
        if (e.kind() == k) {
          return e;
        }
      }
    }
    return entries.get(0);
  }

  private static String join(String sep, Iterable<Sector> sectors) {
    StringBuilder b = new StringBuilder();
    for (Sector x : sectors) {
      if (b.length() > 0) {
        b.append(sep);
      }
      b.append(x.name());
    }
    return b.toString();
  }
}
