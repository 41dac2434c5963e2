package org.dateline.core.events;

import java.util.ArrayList;
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
 *       Ramadi") is merged into it, as is a light or reversing verb into its object noun
 *       ({@link TriggerMerges}).
 * </ul>
 *
 * <p>Negation and modality cues are recorded ({@link Modality}), never used to drop an event.
 * Needs tokens, lemmas, POS and dependencies. Immutable and thread-safe.
 */
public final class EventCoder {
  private static final Set<org.dateline.core.actors.Sector> OFFICIAL =
      Set.of(org.dateline.core.actors.Sector.GOV, org.dateline.core.actors.Sector.MIL, org.dateline.core.actors.Sector.JUD,
          org.dateline.core.actors.Sector.LEG, org.dateline.core.actors.Sector.IGO, org.dateline.core.actors.Sector.NGO);

  private final TriggerLexicon lexicon;
  private final TriggerFinder triggers;
  private final boolean codeIntents;
  private final CommaClauses commas;
  private final boolean agentlessPassivesActive;
  private final int newActorLength;

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
    this(lexicon, codeIntents, CommaClauses.OFF);
  }

  /**
   * @param commas comma-delimited clauses left uncoded (PETRARCH's {@code comma_*} options;
   *     {@link CommaClauses#OFF} codes every clause)
   */
  public EventCoder(TriggerLexicon lexicon, boolean codeIntents, CommaClauses commas) {
    this(lexicon, codeIntents, commas, false, 0);
  }

  private EventCoder(TriggerLexicon lexicon, boolean codeIntents, CommaClauses commas, boolean agentlessPassivesActive,
      int newActorLength) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.triggers = new TriggerFinder(lexicon);
    this.codeIntents = codeIntents;
    this.commas = Objects.requireNonNull(commas, "commas");
    if (newActorLength < 0) {
      throw new IllegalArgumentException("newActorLength must be 0 (off) or a positive number of words, not "
          + newActorLength);
    }
    this.agentlessPassivesActive = agentlessPassivesActive;
    this.newActorLength = newActorLength;
  }

  /** The same coder with other comma-clause bounds. */
  public EventCoder withCommaClauses(CommaClauses c) {
    return c.equals(commas) ? this : new EventCoder(lexicon, codeIntents, c, agentlessPassivesActive, newActorLength);
  }

  /**
   * The same coder reading a passive without its agent phrase as active, as PETRARCH and TABARI
   * do ("The Philippines was criticized over its dispute with Eriador": the Philippines → Eriador).
   * Off by default: in news prose the passive subject is the one acted on ("civilians were killed").
   */
  public EventCoder withAgentlessPassivesActive(boolean on) {
    return on == agentlessPassivesActive ? this : new EventCoder(lexicon, codeIntents, commas, on, newActorLength);
  }

  /**
   * The same coder taking a noun phrase no dictionary codes, of at most {@code words} words, as an
   * actor named by its words (PETRARCH's {@code new_actor_length}; 0, the default, turns it off).
   */
  public EventCoder withNewActorLength(int words) {
    return words == newActorLength ? this : new EventCoder(lexicon, codeIntents, commas, agentlessPassivesActive, words);
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
    java.util.BitSet deleted = commas.deleted(p);
    if (!deleted.isEmpty()) {
      actors = actors.without(m -> m.sentence() == s.index() && deleted.get(m.headToken()));
    }
    Arguments args = new Arguments(p, actors, agentlessPassivesActive);
    PhrasePositions positions = new PhrasePositions(p, actors);
    // PETRARCH's new actors fill only the subject and the first phrase after the verb, and only where no coded actor does
    ActorIndex withPhrases = newActorLength == 0 ? null : PhraseActors.add(p, actors, newActorLength, doc.article().text());
    Arguments phrases = withPhrases == null ? null : new Arguments(p, withPhrases, agentlessPassivesActive);
    PhrasePositions phrasePositions = withPhrases == null ? null : new PhrasePositions(p, withPhrases);
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      if (deleted.get(i)) {
        continue;
      }
      Found f = triggers.find(p, i, actors);
      if (f != null) {
        found.add(f);
      }
    }
    List<Event> events = new ArrayList<>();
    Set<Integer> merged = TriggerMerges.merged(p, found);
    for (Found f : found) {
      if (merged.contains(f.token)) {
        continue;
      }
      List<ActorMention> sources = args.sources(f.token, f.noun, found);
      if (sources.isEmpty() && !f.noun && !p.hasChild(f.token, "nsubj:pass") && !p.hasChild(f.token, "aux:pass")) {
        // PETRARCH's default, and right more often than not on PLOVER's records too: the sentence's
        // first actor acts when the parse gives an active verb no subject (a passive's agent stays unknown)
        sources = positions.firstActorBefore(f.token);
      }
      List<ActorMention> targets = args.targets(f.token, f.noun, f.trigger.type());
      int location = f.token;
      for (Found g : found) {
        if (merged.contains(g.token) && TriggerMerges.hostOf(p, g, found) == f) {
          if (targets.isEmpty()) {
            targets = args.targets(g.token, g.noun, g.trigger.type());
          }
          location = g.token;
        }
      }
      // "Arnor will restore ties, an official said": the report's content is its own event, not the report's target
      boolean reporting = reportsEvent(p, args, f, found);
      if (targets.isEmpty() && !reporting) {
        targets = args.complementTargets(f.token, f.noun, f.trigger.type());
      }
      if (targets.isEmpty() && !f.noun && !reporting) {
        targets = positions.firstActorInPhrase(f.token);
      }
      if (!f.slots.isEmpty()) {
        // an imported pattern's slots say who is who ("- + * IN $": the target before the verb)
        Integer src = f.slots.get(VerbPattern.Slot.SOURCE);
        Integer tgt = f.slots.get(VerbPattern.Slot.TARGET);
        Integer both = f.slots.get(VerbPattern.Slot.COMPOUND);
        if (both != null && both > f.token) {
          targets = positions.withConjuncts(both); // "agrees with % ": each member is a target
        } else if (both != null) {
          sources = positions.withConjuncts(both);
          targets = List.of(); // a compound subject is coded toward its own members
        }
        if (src != null) {
          sources = positions.withConjuncts(src);
        }
        if (tgt != null) {
          targets = positions.withConjuncts(tgt);
          List<ActorMention> own = sources;
          if (src == null && targets.stream().anyMatch(t -> own.stream().anyMatch(x -> x.span().equals(t.span())))) {
            // "- NOTED + *": the slot makes the verb's own subject the target, so the one who
            // reports it acts (PETRARCH2 codes "A noted that B regretted" as A toward B)
            List<ActorMention> reporter = args.speaker(f.token);
            if (!reporter.isEmpty()) {
              sources = reporter;
            }
          }
        }
      }
      if (phrases != null && !f.noun && sources.isEmpty()) {
        sources = phrases.sources(f.token, false, found);
      }
      if (phrases != null && !f.noun && targets.isEmpty() && !reporting) {
        targets = phrasePositions.firstActorInPhrase(f.token);
      }
      List<ActorMention> finalSources = sources;
      targets = targets.stream().filter(t -> finalSources.stream().noneMatch(x -> x.span().equals(t.span()))).toList();
      Span trig = new Span(p.token(f.start).span().start(), p.token(f.end - 1).span().end());
      List<EventCue> cues = CueFinder.cues(p, f.token, f.noun, doc.article().text());
      Modality modality = cues.isEmpty() ? Modality.ASSERTED : cues.get(0).modality();
      Trigger sense = f.trigger;
      if (TriggerMerges.reverses(p, f, found)) {
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
      String mode = coded.mode();
      if (mode == null && coded.type() == PloverType.THREATEN) {
        // the mode of a threat is its content: the act announced, or the act the threat verb governs
        mode = sense.type() != PloverType.THREATEN ? ModeRules.threatContent(sense) : threatened(p, f, found);
      }
      if (mode == null && coded.type() == PloverType.ASSAULT) {
        mode = ModeRules.instrument(p);
      }
      if (coded.type() == PloverType.REQUEST && sense.type() != PloverType.REQUEST) {
        // "Libya must hand over the suspects", said the minister: the speaker demands it of Libya
        targets = sources;
        sources = args.speaker(f.token);
      }
      Event event =
          new Event(
              Event.idFor(doc.article().id(), s.index(), trig),
              coded.type(),
              sense.type(),
              mode,
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
              null);
      events.add(event);
      if (sense.reciprocal() != null && !sources.isEmpty() && !targets.isEmpty()) {
        events.add(reciprocal(event, sense.reciprocal()));
      }
    }
    return events;
  }

  /** The content mode of a threat verb: that of the first trigger in its complement ("threatened to shell"). */
  private static @Nullable String threatened(Parse p, Found f, List<Found> found) {
    java.util.BitSet content = new java.util.BitSet();
    for (int x : p.dependents(f.token, "xcomp")) {
      content.or(p.subtree(x));
    }
    for (int x : p.dependents(f.token, "ccomp")) {
      content.or(p.subtree(x));
    }
    for (Found g : found) {
      if (g != f && content.get(g.token)) {
        String mode = ModeRules.threatContent(g.trigger);
        if (mode != null) {
          return mode;
        }
      }
    }
    return null;
  }

  /**
   * The same act seen from the target's side, coded target → source ("A visited B": B hosted A),
   * for a trigger with a paired code; its id is the event's with {@code :r}.
   */
  private static Event reciprocal(Event e, String code) {
    PloverType type = CameoPlover.typeOf(code).orElse(null);
    return new Event(e.id() + ":r", type, type, null, null, code, e.sentence(), e.trigger(), e.triggerText(),
        e.targets(), e.sources(), List.of(), e.date(), e.location(), e.modality(), e.cues(), null);
  }

  /**
   * Whether a verb reports another coded verb event told before it: in its fronted clausal
   * complement or in the clause it is appended to ("Arnor will restore ties, an official said"). PETRARCH codes the saying without taking its target from what it reports.
   */
  private static boolean reportsEvent(Parse p, Arguments args, Found f, List<Found> found) {
    if (f.noun) {
      return false;
    }
    java.util.BitSet content = new java.util.BitSet();
    for (int c : p.dependents(f.token, "ccomp")) {
      if (c < f.token) { // "X will restore ties, an official said"; "demanded that the US cancel" is an argument
        content.or(p.subtree(c));
      }
    }
    Dependency up = p.parent(f.token);
    if (up != null && up.governor() >= 0 && up.relation().equals("parataxis")) {
      java.util.BitSet head = p.subtree(up.governor());
      head.andNot(p.subtree(f.token));
      content.or(head);
    }
    content.clear(f.token);
    // an event without actors ("a place to visit") is no reported event
    return found.stream().anyMatch(g -> g != f && !g.noun && content.get(g.token)
        && (!args.sources(g.token, false, found).isEmpty() || !args.targets(g.token, false, g.trigger.type()).isEmpty()));
  }

  /**
   * A trigger found at token {@code token} (phrase {@code [token, end)}); {@code slots} are the
   * tokens an imported pattern bound to its source, target or compound slot.
   */
  record Found(int token, int start, int end, Trigger trigger, boolean noun, java.util.Map<VerbPattern.Slot, Integer> slots) {
    Found(int token, int start, int end, Trigger trigger, boolean noun) {
      this(token, start, end, trigger, noun, java.util.Map.of());
    }
  }
}
