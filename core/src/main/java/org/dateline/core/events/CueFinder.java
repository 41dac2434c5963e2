package org.dateline.core.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Span;

/**
 * Negation and modality cues around a trigger: its own auxiliaries and negators, those of the
 * verb or predicate that governs a noun trigger ("did not take part in the raid", "a defeat ...
 * would be"), and a governing verb of wanting or asking ("implored Muslims to fight").
 */
final class CueFinder {
  private CueFinder() {}

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
  private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "'d");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> OBLIGATION = Set.of("must");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  private static final Set<String> WANTING =
      Set.of("want", "hope", "plan", "intend", "seek", "try", "attempt", "aim", "threaten", "vow", "promise",
          "pledge", "urge", "implore", "ask", "call", "tell", "order", "demand", "plead", "beg", "appeal",
          "expect", "prepare", "decide", "refuse", "fail", "propose", "offer", "encourage", "wish", "need",
          "ready", "prepared", "willing", "determined", "swear", "resolve", "set", "poised");

  static List<EventCue> cues(Parse p, int trigger, boolean noun, String text) {
    List<Integer> nodes = new ArrayList<>();
    nodes.add(trigger);
    Dependency up = p.parent(trigger);
    if (noun && up != null && up.governor() >= 0) {
      String r = up.relation();
      if (r.equals("obj") || r.startsWith("obl") || r.startsWith("nsubj") || r.startsWith("nmod")) {
        nodes.add(up.governor());
        Dependency up2 = p.parent(up.governor());
        if (up2 != null && up2.governor() >= 0 && up2.relation().startsWith("nmod") ) {
          nodes.add(up2.governor());
        }
      }
    }
    List<EventCue> out = new ArrayList<>();
    // an obligation on the clause an act completes: "must be ready to mediate", "must ensure security to allow"
    Dependency governing = p.parent(trigger);
    if (governing != null && governing.governor() >= 0
        && (governing.relation().equals("xcomp") || governing.relation().startsWith("advcl"))) {
      for (Dependency d : p.children(governing.governor())) {
        if (d.relation().startsWith("aux") && OBLIGATION.contains(p.word(d.dependent()))) {
          out.add(cue(p, Modality.REQUIRED, d.dependent(), text));
        }
      }
    }
    for (int n : nodes) {
      for (Dependency d : p.children(n)) {
        String rel = d.relation();
        int c = d.dependent();
        String w = p.word(c);
        if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("cc:preconj")) && NEGATORS.contains(w)) {
          out.add(cue(p, Modality.NEGATED, c, text));
        } else if (rel.startsWith("aux") && HYPOTHETICAL.contains(w)) {
          out.add(cue(p, Modality.HYPOTHETICAL, c, text));
        } else if (rel.startsWith("aux") && OBLIGATION.contains(w)) {
          out.add(cue(p, Modality.REQUIRED, c, text));
        } else if (rel.startsWith("aux") && FUTURE.contains(w)) {
          out.add(cue(p, Modality.FUTURE, c, text));
        } else if (rel.equals("mark") && CONDITIONS.contains(w)) {
          out.add(cue(p, Modality.HYPOTHETICAL, c, text));
        } else if (rel.startsWith("advcl") && n == trigger) {
          for (Dependency m : p.children(c)) {
            if (m.relation().equals("mark") && (p.word(m.dependent()).equals("unless") || p.word(m.dependent()).equals("if"))) {
              out.add(cue(p, Modality.HYPOTHETICAL, m.dependent(), text)); // "will withdraw unless ..."
            }
          }
        }
      }
      Dependency parent = p.parent(n);
      if (parent != null && parent.governor() >= 0 && (parent.relation().equals("xcomp") || parent.relation().startsWith("advcl"))
          && WANTING.contains(p.lemma(parent.governor()))) {
        out.add(cue(p, Modality.INTENDED, parent.governor(), text));
      }
    }
    out.sort(Comparator.comparing(EventCue::modality, Comparator.comparingInt(CueFinder::rank)));
    return out;
  }

  private static int rank(Modality m) {
    return switch (m) {
      case NEGATED -> 0;
      case HYPOTHETICAL -> 1;
      case REQUIRED -> 2;
      case FUTURE -> 3;
      case INTENDED -> 4;
      case ASSERTED -> 5;
    };
  }

  private static EventCue cue(Parse p, Modality m, int token, String text) {
    Span s = p.token(token).span();
    return new EventCue(m, s, s.of(text));
  }
}
