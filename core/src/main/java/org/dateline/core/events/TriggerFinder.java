package org.dateline.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.core.actors.ActorIndex;
import org.dateline.core.model.Dependency;
import org.jspecify.annotations.Nullable;

/**
 * Finds trigger words in a parsed sentence and chooses their sense: phrasal verbs need their
 * particle, imported verb patterns decide for the verbs they cover, multi-word nouns match
 * consecutive lemmas, and among several senses ASSAULT wins when the patient is a place or military
 * words modify the trigger. Immutable.
 */
final class TriggerFinder {
  private static final Set<String> PLACE_NOUNS =
      Set.of("city", "town", "village", "territory", "area", "district", "region", "province", "base",
          "airport", "border", "land", "neighborhood", "neighbourhood", "position", "stronghold",
          "capital", "redoubt", "compound", "port", "island", "hill", "oilfield", "field");
  private static final Set<String> MILITARY_WORDS =
      Set.of("air", "missile", "drone", "rocket", "military", "artillery", "mortar", "aerial", "naval",
          "surgical", "retaliatory", "precision", "coalition", "us", "israeli");
  private static final Set<String> HUMAN_PATIENT_MODES = Set.of("release", "arrest");
  /** Things that are released or held without being people ("released an audio recording"). */
  private static final Set<String> THINGS =
      Set.of("recording", "statement", "report", "video", "tape", "message", "album", "film", "book", "data",
          "figure", "result", "detail", "list", "fund", "money", "plan", "song", "audio", "speech", "photo",
          "image", "document", "footage", "record", "version", "update", "product", "information", "text",
          "letter", "communique", "details", "figures", "results", "funds", "documents", "images", "photos");

  private static final Set<String> YIELDED_TO = Set.of("demand", "condition", "ultimatum", "term", "terms");

  private final TriggerLexicon lexicon;

  TriggerFinder(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The trigger sense at token {@code i}, or null. */
  EventCoder.@Nullable Found find(Parse p, int i, ActorIndex actors) {
    String pos = p.token(i).pos();
    String lemma = p.lemma(i);
    Dependency up = p.parent(i);
    String upRel = up == null ? "" : up.relation();
    if (pos.startsWith("VB")) {
      if (upRel.equals("aux") || upRel.startsWith("aux:") || upRel.equals("cop") || upRel.equals("amod")) {
        return null; // auxiliaries, copulas and participles used as adjectives ("besieged group")
      }
      // an imported dictionary may list an inflected form on its own ("LEFT [032:033]" beside "LEAVE [012]")
      String form = p.word(i);
      if (!form.equals(lemma) && (!lexicon.verbs(form).isEmpty() || !lexicon.patterns(form).isEmpty())) {
        lemma = form;
      }
      int start = i;
      int end = i + 1;
      String compound = preCompound(p, i);
      if (compound != null) {
        lemma = compound; // "will not wire tap": the parser may take either word for the verb
        if (compound.startsWith(p.lemma(i) + " ")) {
          end = i + 2;
        } else {
          start = i - 1;
        }
      }
      List<Trigger> senses = lexicon.verbs(lemma);
      List<Trigger> phrasal = new ArrayList<>();
      List<Trigger> plain = new ArrayList<>();
      for (Trigger t : senses) {
        if (t.particle() == null) {
          plain.add(t);
        } else if (hasParticle(p, i, t.particle())) {
          phrasal.add(t);
        }
      }
      List<Trigger> usable = phrasal.isEmpty() ? plain : phrasal;
      PatternMatcher.Match match = PatternMatcher.best(p, i, lexicon.patterns(lemma), actors);
      if (match != null) {
        // an imported pattern decides, and a pattern without a code blocks the verb
        VerbPattern pattern = match.pattern();
        return pattern.trigger() == null ? null : new EventCoder.Found(i, start, end, pattern.trigger(), false, match.slots());
      }
      if (usable.isEmpty()) {
        return null;
      }
      Trigger chosen = choose(p, i, usable, false);
      if (HUMAN_PATIENT_MODES.contains(String.valueOf(chosen.mode())) && !humanPatient(p, i, actors)) {
        return null; // "released an audio recording" is no prisoner release
      }
      return new EventCoder.Found(i, start, end, chosen, false);
    }
    if (pos.startsWith("NN")) {
      for (List<String> words : lexicon.nounPhrasesEndingIn(lemma)) {
        int start = i - words.size() + 1;
        if (start >= 0 && matchesBefore(p, start, words)) {
          List<Trigger> senses = lexicon.nouns(String.join(" ", words));
          return new EventCoder.Found(i, start, i + 1, choose(p, i, senses, true), true);
        }
      }
      List<Trigger> senses = lexicon.nouns(lemma);
      if (senses.isEmpty() && lemma.contains("-")) {
        senses = lexicon.nouns(lemma.replace("-", ""));
      }
      return senses.isEmpty() ? null : new EventCoder.Found(i, i, i + 1, choose(p, i, senses, true), true);
    }
    return null;
  }

  /**
   * The pre-compound verb ({@code WIRE_+TAP}) a verb token starts with the next word, or ends with
   * the word before, or null: whether the parser tags "wire" or "tap" as the verb varies.
   */
  private @Nullable String preCompound(Parse p, int i) {
    if (i + 1 < p.size()) {
      String next = p.lemma(i) + " " + p.lemma(i + 1).toLowerCase(java.util.Locale.ROOT);
      if (!lexicon.verbs(next).isEmpty() || !lexicon.patterns(next).isEmpty()) {
        return next;
      }
    }
    if (i > 0 && !p.token(i - 1).pos().startsWith("VB")) {
      String prev = p.lemma(i - 1).toLowerCase(java.util.Locale.ROOT) + " " + p.lemma(i);
      if (!lexicon.verbs(prev).isEmpty() || !lexicon.patterns(prev).isEmpty()) {
        return prev;
      }
    }
    return null;
  }

  /** Whether the object (or passive subject) of a verb names people; true when there is none. */
  private static boolean humanPatient(Parse p, int verb, ActorIndex actors) {
    List<Integer> patients = new ArrayList<>(p.dependents(verb, "obj"));
    patients.addAll(p.dependents(verb, "nsubj:pass"));
    if (patients.isEmpty()) {
      return true;
    }
    for (int t : patients) {
      if (!actors.at(p.sentence.index(), t).isEmpty() || !THINGS.contains(p.lemma(t))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesBefore(Parse p, int start, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      if (!p.lemma(start + k).equals(w) && !p.word(start + k).equals(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasParticle(Parse p, int verb, String particle) {
    String first = particle.split(" ")[0];
    for (Dependency d : p.children(verb)) {
      String rel = d.relation();
      if (p.word(d.dependent()).equals(first)
          && (rel.equals("compound:prt") || rel.equals("advmod") || rel.equals("obl") || rel.equals("xcomp")
              || rel.equals("obj"))) {
        return true;
      }
      int colon = rel.indexOf(':');
      if (colon > 0 && rel.substring(colon + 1).startsWith(first)) {
        return true; // obl:for, obl:out_of
      }
    }
    return false;
  }

  /** Among several senses: ASSAULT when the patient is a place or military words modify the trigger, else the first listed. */
  private static Trigger choose(Parse p, int i, List<Trigger> senses, boolean noun) {
    if (senses.size() == 1) {
      return senses.get(0);
    }
    boolean violent = false;
    for (Dependency d : p.children(i)) {
      String rel = d.relation();
      int c = d.dependent();
      if ((rel.equals("compound") || rel.equals("amod")) && MILITARY_WORDS.contains(p.lemma(c))) {
        violent = true;
      }
      if (!noun && (rel.equals("obj") || rel.equals("nsubj:pass"))) {
        List<Integer> patient = new ArrayList<>(List.of(c));
        patient.addAll(p.dependents(c, "nmod:of")); // "captured part of a stronghold"
        for (int x : patient) {
          String ner = p.token(x).ner();
          if (PLACE_NOUNS.contains(p.lemma(x)) || ner.equals("CITY") || ner.equals("LOCATION")
              || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE")) {
            violent = true;
          }
        }
      }
    }
    for (int o : noun ? List.<Integer>of() : p.dependents(i, "obj")) {
      if (YIELDED_TO.contains(p.lemma(o))) {
        for (Trigger t : senses) {
          if (t.type() == PloverType.CONCEDE) {
            return t; // "accepted the rebels' demands" yields; "accepted a formula" agrees
          }
        }
      }
    }
    if (violent) {
      for (Trigger t : senses) {
        if (t.type() == PloverType.ASSAULT) {
          return t;
        }
      }
    }
    return senses.get(0);
  }

}
