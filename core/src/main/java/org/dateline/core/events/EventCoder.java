package org.dateline.core.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.actors.ActorIndex;
import org.dateline.core.actors.ActorMention;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Codes events from an annotated document and its actors: every verb or noun in the {@link
 * TriggerLexicon} becomes an event whose arguments are read off the dependency parse.
 *
 * <ul>
 *   <li>Verbs: subject → source; object, passive subject, then "against/on/from/with/to" phrases →
 *       target; in the passive the "by" phrase is the source. A verb without a subject takes the
 *       source of the clause or event it depends on (control, conjunction, "offensive to recapture").
 *   <li>Nouns: possessor, "by" phrase or actor modifier → source; "on/against/of" phrase → target;
 *       a noun that is the object of a verb ("carried out an assault") takes that verb's subject.
 *   <li>A verb trigger that only elaborates a noun trigger of the same type ("offensive to recapture
 *       Ramadi") is merged into it.
 * </ul>
 *
 * <p>Negation and modality cues are recorded ({@link Modality}), never used to drop an event.
 * Needs tokens, lemmas, POS and dependencies. Immutable and thread-safe.
 */
public final class EventCoder {
  private static final Set<String> PLACE_NOUNS =
      Set.of("city", "town", "village", "territory", "area", "district", "region", "province", "base",
          "airport", "border", "land", "neighborhood", "neighbourhood", "position", "stronghold",
          "capital", "redoubt", "compound", "port", "island", "hill", "oilfield", "field");
  private static final Set<String> MILITARY_WORDS =
      Set.of("air", "missile", "drone", "rocket", "military", "artillery", "mortar", "aerial", "naval",
          "surgical", "retaliatory", "precision", "coalition", "us", "israeli");

  /** Verbs that only carry the event named by their object noun ("imposed a curfew", "staged a protest"). */
  private static final Set<String> LIGHT_VERBS =
      Set.of("impose", "launch", "stage", "hold", "conduct", "carry", "mount", "lodge", "reach", "issue", "make",
          "begin", "continue", "resume", "start", "wage", "announce", "declare", "extend", "tighten", "step",
          "strike", "call", "hit", "receive", "give", "send");
  private static final Set<org.dateline.core.actors.Sector> OFFICIAL =
      Set.of(org.dateline.core.actors.Sector.GOV, org.dateline.core.actors.Sector.MIL, org.dateline.core.actors.Sector.JUD,
          org.dateline.core.actors.Sector.LEG, org.dateline.core.actors.Sector.IGO, org.dateline.core.actors.Sector.NGO);

  /** Verbs that undo a restriction named by their object ("lifted the curfew", "called off the strike"). */
  private static final Set<String> REVERSALS = Set.of("lift", "cancel", "end", "ease", "remove", "scrap", "shorten",
      "relax", "rescind", "revoke", "call");
  private static final Set<PloverType> RESTRICTIVE = Set.of(PloverType.COERCE, PloverType.SANCTION, PloverType.PROTEST);

  private static final Set<String> HUMAN_PATIENT_MODES = Set.of("release", "arrest");
  /** Things that are released or held without being people ("released an audio recording"). */
  private static final Set<String> THINGS =
      Set.of("recording", "statement", "report", "video", "tape", "message", "album", "film", "book", "data",
          "figure", "result", "detail", "list", "fund", "money", "plan", "song", "audio", "speech", "photo",
          "image", "document", "footage", "record", "version", "update", "product", "information", "text",
          "letter", "communique", "details", "figures", "results", "funds", "documents", "images", "photos");

  private final TriggerLexicon lexicon;
  private final boolean codeIntents;

  /** A coder that codes stated intents as AGREE/THREATEN (PLOVER's convention). */
  public EventCoder(TriggerLexicon lexicon) {
    this(lexicon, true);
  }

  /**
   * @param codeIntents whether an actor's stated intent to act is coded AGREE (cooperative acts) or
   *     THREATEN (conflictual acts), as PLOVER specifies; when false every event keeps its action's
   *     type and only the modality records the intent
   */
  public EventCoder(TriggerLexicon lexicon, boolean codeIntents) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.codeIntents = codeIntents;
  }

  public TriggerLexicon lexicon() {
    return lexicon;
  }

  /** Every event of the document, in text order. */
  public List<Event> code(AnnotatedDocument doc, ActorIndex actors) {
    doc.require("events", Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES);
    List<Event> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      out.addAll(codeSentence(doc, s, actors));
    }
    return out;
  }

  private List<Event> codeSentence(AnnotatedDocument doc, Sentence s, ActorIndex actors) {
    Parse p = new Parse(s);
    Arguments args = new Arguments(p, actors);
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      Found f = trigger(p, i, actors);
      if (f != null) {
        found.add(f);
      }
    }
    List<Event> events = new ArrayList<>();
    Set<Integer> merged = new LinkedHashSet<>();
    for (Found f : found) {
      Found host = hostOf(p, f, found);
      if (host != null) {
        merged.add(f.token);
      }
      if (!f.noun && REVERSALS.contains(p.lemma(f.token))) {
        for (int o : p.dependents(f.token, "obj")) {
          found.stream().filter(g -> g.noun && g.token == o && RESTRICTIVE.contains(g.trigger.type()))
              .forEach(g -> merged.add(g.token)); // "cancelled restrictions": the easing is the event
        }
      }
      if (!f.noun && LIGHT_VERBS.contains(p.lemma(f.token))) {
        for (int o : p.dependents(f.token, "obj")) {
          if (found.stream().anyMatch(g -> g.noun && g.token == o)) {
            merged.add(f.token); // "imposed sanctions": the noun says what happened
          }
        }
      }
    }
    for (Found f : found) {
      if (merged.contains(f.token)) {
        continue;
      }
      List<ActorMention> sources = args.sources(f.token, f.noun, found);
      List<ActorMention> targets = args.targets(f.token, f.noun, f.trigger.type());
      int location = f.token;
      for (Found g : found) {
        if (merged.contains(g.token) && hostOf(p, g, found) == f) {
          if (targets.isEmpty()) {
            targets = args.targets(g.token, g.noun, g.trigger.type());
          }
          location = g.token;
        }
      }
      if (targets.isEmpty()) {
        targets = args.complementTargets(f.token, f.noun, f.trigger.type());
      }
      List<ActorMention> finalSources = sources;
      targets = targets.stream().filter(t -> finalSources.stream().noneMatch(x -> x.span().equals(t.span()))).toList();
      Span trig = new Span(p.token(f.start).span().start(), p.token(f.end - 1).span().end());
      List<EventCue> cues = CueFinder.cues(p, f.token, f.noun, doc.article().text());
      Modality modality = cues.isEmpty() ? Modality.ASSERTED : cues.get(0).modality();
      Trigger sense = f.trigger;
      if (!f.noun && REVERSALS.contains(p.lemma(f.token)) && p.dependents(f.token, "obj").stream().anyMatch(merged::contains)) {
        sense = new Trigger(sense.lemma(), sense.particle(), false, PloverType.CONCEDE, null, null, "081");
      }
      if (sense.type() == PloverType.PROTEST && "demo".equals(sense.mode())
          && sources.stream().anyMatch(a -> a.sectors().stream().anyMatch(OFFICIAL::contains))) {
        // a government's or an organisation's "protest" is a diplomatic complaint, not a demonstration
        sense = new Trigger(sense.lemma(), sense.particle(), sense.noun(), PloverType.ACCUSE, "disapprove", null, "111");
      }
      int anchor = Arguments.anchor(p, f.token, f.noun);
      boolean hasSubject = p.hasChild(anchor, "nsubj") || p.hasChild(anchor, "nsubj:xsubj");
      IntentRule.Coded coded = codeIntents
          ? IntentRule.apply(sense, cues, hasSubject, p)
          : new IntentRule.Coded(sense.type(), sense.mode(), sense.cameo());
      if (coded.type() == PloverType.REQUEST && sense.type() != PloverType.REQUEST) {
        // "Libya must hand over the suspects", said the minister: the speaker demands it of Libya
        targets = sources;
        sources = args.speaker(f.token);
      }
      events.add(
          new Event(
              Event.idFor(doc.article().id(), s.index(), trig),
              coded.type(),
              sense.type(),
              coded.mode(),
              sense.context(),
              coded.cameo(),
              s.index(),
              trig,
              trig.of(doc.article().text()),
              sources,
              targets,
              QuantityReader.quantities(p, f.token, f.noun, doc.article().text()),
              Circumstances.date(doc, p, f.token, Arguments.anchor(p, f.token, f.noun)),
              Circumstances.location(doc, p, location, Arguments.anchor(p, f.token, f.noun)),
              modality,
              cues,
              null));
    }
    return events;
  }

  /**
   * The noun trigger of the same type that this verb trigger elaborates, if any: "the offensive to
   * recapture" (the verb modifies the noun, has it as subject, or complements the noun's verb).
   */
  private static @Nullable Found hostOf(Parse p, Found f, List<Found> all) {
    if (f.noun) {
      return null;
    }
    Dependency up = p.parent(f.token);
    for (Found g : all) {
      if (!g.noun || g.trigger.type() != f.trigger.type()) {
        continue;
      }
      if (up != null && up.governor() == g.token) {
        return g;
      }
      for (Dependency d : p.children(f.token)) {
        if (d.dependent() == g.token && d.relation().startsWith("nsubj")) {
          return g;
        }
      }
      int anchor = Arguments.anchor(p, g.token, true);
      if (up != null && anchor != g.token && up.governor() == anchor
          && (up.relation().equals("xcomp") || up.relation().startsWith("advcl"))) {
        return g;
      }
    }
    return null;
  }

  /** The trigger sense at token {@code i}, or null. */
  @Nullable Found trigger(Parse p, int i, ActorIndex actors) {
    String pos = p.token(i).pos();
    String lemma = p.lemma(i);
    Dependency up = p.parent(i);
    String upRel = up == null ? "" : up.relation();
    if (pos.startsWith("VB")) {
      if (upRel.equals("aux") || upRel.startsWith("aux:") || upRel.equals("cop") || upRel.equals("amod")) {
        return null; // auxiliaries, copulas and participles used as adjectives ("besieged group")
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
      VerbPattern pattern = bestPattern(p, i, lemma);
      if (pattern != null) {
        // an imported pattern decides, and a pattern without a code blocks the verb
        return pattern.trigger() == null ? null : new Found(i, i, i + 1, pattern.trigger(), false);
      }
      if (usable.isEmpty()) {
        return null;
      }
      Trigger chosen = choose(p, i, usable, false);
      if (HUMAN_PATIENT_MODES.contains(String.valueOf(chosen.mode())) && !humanPatient(p, i, actors)) {
        return null; // "released an audio recording" is no prisoner release
      }
      return new Found(i, i, i + 1, chosen, false);
    }
    if (pos.startsWith("NN")) {
      for (List<String> words : lexicon.nounPhrasesEndingIn(lemma)) {
        int start = i - words.size() + 1;
        if (start >= 0 && matchesBefore(p, start, words)) {
          List<Trigger> senses = lexicon.nouns(String.join(" ", words));
          return new Found(i, start, i + 1, choose(p, i, senses, true), true);
        }
      }
      List<Trigger> senses = lexicon.nouns(lemma);
      if (senses.isEmpty() && lemma.contains("-")) {
        senses = lexicon.nouns(lemma.replace("-", ""));
      }
      return senses.isEmpty() ? null : new Found(i, i, i + 1, choose(p, i, senses, true), true);
    }
    return null;
  }

  /** The imported pattern with most words whose words all occur around verb {@code i}, or null. */
  private @Nullable VerbPattern bestPattern(Parse p, int i, String lemma) {
    List<VerbPattern> candidates = lexicon.patterns(lemma);
    if (candidates.isEmpty()) {
      return null;
    }
    java.util.BitSet phrase = p.subtree(i);
    for (Dependency d : p.children(i)) {
      if (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj")) {
        phrase.andNot(p.subtree(d.dependent()));
      }
    }
    VerbPattern best = null;
    for (VerbPattern vp : candidates) {
      if (vp.size() == 0 || best != null && vp.size() <= best.size()) {
        continue;
      }
      if (allOccur(p, vp.after(), i + 1, p.size(), phrase) && allOccur(p, vp.before(), 0, i, null)) {
        best = vp;
      }
    }
    return best;
  }

  private static boolean allOccur(Parse p, List<Set<String>> elements, int from, int to, java.util.@Nullable BitSet within) {
    for (Set<String> alts : elements) {
      boolean found = false;
      for (int t = from; t < to && !found; t++) {
        if (within != null && !within.get(t)) {
          continue;
        }
        String w = p.word(t);
        String l = p.lemma(t);
        for (String a : alts) {
          boolean stem = a.endsWith("*");
          String core = stem ? a.substring(0, a.length() - 1) : a;
          if (w.equals(core) || l.equals(core) || stem && (w.startsWith(core) || l.startsWith(core))) {
            found = true;
            break;
          }
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
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
    if (violent) {
      for (Trigger t : senses) {
        if (t.type() == PloverType.ASSAULT) {
          return t;
        }
      }
    }
    return senses.get(0);
  }

  /** A trigger found at token {@code token} (phrase {@code [token, end)}). */
  record Found(int token, int start, int end, Trigger trigger, boolean noun) {}
}
