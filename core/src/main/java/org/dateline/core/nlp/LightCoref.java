package org.dateline.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.core.entities.EntityLexicon.Gender;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.CorefChain;
import org.dateline.core.model.CorefMention;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Coreference without a statistical model, for the {@code lite} profile (issue 8): the mentions
 * of one named person ("Abu Bakr al-Baghdadi", "al-Baghdadi") form a chain, as do repeated names
 * of one organisation; "he"/"she" join the nearest person named before them in the same or the
 * previous two sentences whose gender does not clash (known first name, or the pronouns already
 * joined); "it"/"its" and "they"/"them"/"their" the nearest organisation in the same or the
 * previous sentence; "the group" (organisation, movement...) the nearest organisation within three
 * sentences. First-person and second-person pronouns are left alone. {@link CorefRepair} runs
 * after it. Immutable and thread-safe.
 */
final class LightCoref {
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> NEUTER = Set.of("it", "its", "itself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves");
  private static final Set<String> GROUP_NOUNS =
      Set.of("group", "organisation", "organization", "movement", "militia", "party", "company", "agency");
  private static final int PERSON_WINDOW = 2;
  private static final int ORG_WINDOW = 1;
  private static final int GROUP_WINDOW = 3;

  private final Map<String, Gender> firstNames;

  LightCoref(Map<String, Gender> firstNames) {
    this.firstNames = Map.copyOf(firstNames);
  }

  /** The document with chains of its own; any chains it had are replaced. */
  AnnotatedDocument apply(AnnotatedDocument doc) {
    List<Cluster> clusters = new ArrayList<>();
    for (EntityMention e : doc.entities()) {
      if (e.kind() == EntityKind.PERSON || e.kind() == EntityKind.ORGANIZATION) {
        clusterOf(clusters, e).add(proper(e), null);
      }
    }
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int t = 0; t < tokens.size(); t++) {
        String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
        Token tok = tokens.get(t);
        if (MALE.contains(w) || FEMALE.contains(w)) {
          Gender g = MALE.contains(w) ? Gender.MALE : Gender.FEMALE;
          // A person known to match the pronoun's gender first, else one of unknown gender.
          Cluster c = nearest(clusters, s.index(), tok, EntityKind.PERSON, PERSON_WINDOW, g, true);
          if (c == null) {
            c = nearest(clusters, s.index(), tok, EntityKind.PERSON, PERSON_WINDOW, g, false);
          }
          if (c != null) {
            c.add(pronoun(s.index(), tok, t, "SINGULAR", g.name()), g);
          }
        } else if (NEUTER.contains(w) || PLURAL.contains(w)) {
          Cluster c = nearest(clusters, s.index(), tok, EntityKind.ORGANIZATION, ORG_WINDOW, null, false);
          if (c != null) {
            c.add(pronoun(s.index(), tok, t, PLURAL.contains(w) ? "PLURAL" : "SINGULAR", "NEUTRAL"), null);
          }
        } else if (w.equals("the") && t + 1 < tokens.size()
            && GROUP_NOUNS.contains(tokens.get(t + 1).lemma().toLowerCase(Locale.ROOT))
            && tokens.get(t + 1).pos().startsWith("NN") && !tokens.get(t + 1).pos().startsWith("NNP")) {
          Cluster c = nearest(clusters, s.index(), tok, EntityKind.ORGANIZATION, GROUP_WINDOW, null, false);
          if (c != null) {
            Token noun = tokens.get(t + 1);
            org.dateline.core.model.Span span = new org.dateline.core.model.Span(tok.span().start(), noun.span().end());
            c.add(new CorefMention(span, span.of(doc.article().text()), s.index(), t + 1, "NOMINAL", "SINGULAR", "NEUTRAL"), null);
          }
        }
      }
    }
    List<CorefChain> chains = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.mentions.size() >= 2) {
        c.mentions.sort(java.util.Comparator.comparing(CorefMention::span));
        chains.add(new CorefChain(chains.size() + 1, 0, c.mentions));
      }
    }
    return new AnnotatedDocument(
        doc.article(), doc.layers(), doc.sentences(), doc.entities(), doc.times(), chains, doc.quotes());
  }

  /** One entity's mentions so far, with the name mentions' texts and its gender if known. */
  private static final class Cluster {
    final EntityKind kind;
    final List<String> names = new ArrayList<>();
    final List<CorefMention> mentions = new ArrayList<>();
    final List<EntityMention> named = new ArrayList<>();
    @Nullable Gender gender;

    Cluster(EntityKind kind) {
      this.kind = kind;
    }

    void add(CorefMention m, @Nullable Gender g) {
      mentions.add(m);
      if (g != null && gender == null) {
        gender = g;
      }
    }
  }

  private Cluster clusterOf(List<Cluster> clusters, EntityMention e) {
    for (Cluster c : clusters) {
      if (c.kind != e.kind()) {
        continue;
      }
      boolean same = e.kind() == EntityKind.PERSON
          ? CorefRepair.sameNamedPerson(c.names, List.of(e.text()))
          : c.names.stream().anyMatch(n -> n.equalsIgnoreCase(e.text()));
      if (same) {
        c.names.add(e.text());
        c.named.add(e);
        return c;
      }
    }
    Cluster c = new Cluster(e.kind());
    c.names.add(e.text());
    c.named.add(e);
    if (e.kind() == EntityKind.PERSON) {
      c.gender = firstNames.get(e.text().split("\\s+")[0].toLowerCase(Locale.ROOT));
    }
    clusters.add(c);
    return c;
  }

  /**
   * The cluster named last before {@code tok}, within {@code window} sentences, whose gender is
   * {@code g} ({@code known}) or not known to differ.
   */
  private static @Nullable Cluster nearest(
      List<Cluster> clusters, int sentence, Token tok, EntityKind kind, int window, @Nullable Gender g,
      boolean known) {
    Cluster best = null;
    EntityMention bestMention = null;
    for (Cluster c : clusters) {
      boolean fits = known ? c.gender == g : g == null || c.gender == null || c.gender == g;
      if (c.kind != kind || !fits) {
        continue;
      }
      for (EntityMention e : c.named) {
        boolean before = e.sentence() < sentence || (e.sentence() == sentence && e.span().end() <= tok.span().start());
        if (before && sentence - e.sentence() <= window
            && (bestMention == null || e.span().start() > bestMention.span().start())) {
          best = c;
          bestMention = e;
        }
      }
    }
    return best;
  }

  private static CorefMention proper(EntityMention e) {
    return new CorefMention(e.span(), e.text(), e.sentence(), e.endToken() - 1, "PROPER", "SINGULAR", "UNKNOWN");
  }

  private static CorefMention pronoun(int sentence, Token tok, int index, String number, String gender) {
    return new CorefMention(tok.span(), tok.word(), sentence, index, "PRONOMINAL", number, gender);
  }
}
