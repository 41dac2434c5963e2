package org.dateline.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dateline.core.events.Event;
import org.dateline.core.events.Modality;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.Sentence;

/**
 * Picks the one event a single-event gold record is about: the trigger highest in the dependency
 * tree, preferring events with an actor and asserted ones; ties go to the earlier trigger.
 */
final class MainEvent {
  private MainEvent() {}

  static Optional<Event> pick(AnnotatedDocument doc, List<Event> events) {
    return events.stream()
        .min(Comparator.comparingInt((Event e) -> depth(doc, e))
            .thenComparingInt(e -> e.sources().isEmpty() && e.targets().isEmpty() ? 1 : 0)
            .thenComparingInt(e -> e.modality() == Modality.INTENDED ? 1 : 0)
            .thenComparingInt(e -> e.trigger().start()));
  }

  static int depth(AnnotatedDocument doc, Event e) {
    Sentence s = doc.sentences().get(e.sentence());
    int token = -1;
    for (var t : s.tokens()) {
      if (t.span().start() < e.trigger().end() && e.trigger().end() <= t.span().end()) {
        token = t.index();
      }
    }
    // a noun that is the object of a verb ("began a hunger strike") ranks with that verb
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == token && d.relation().equals("obj") && s.tokens().get(token).pos().startsWith("NN")) {
        token = d.governor();
        break;
      }
    }
    int depth = 0;
    while (token >= 0 && depth < 50) {
      int parent = -1;
      for (Dependency d : s.dependencies()) {
        if (d.dependent() == token && !d.relation().startsWith("conj") && !d.relation().equals("ref")
            && !d.relation().contains("xsubj")) {
          parent = d.governor();
          break;
        }
      }
      token = parent;
      depth++;
    }
    return depth;
  }
}
