package org.dateline.core.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * One sense per article, for recognition: a name found as a place once is a place wherever else
 * it stands alone in the article. CoreNLP tags a name by its sentence, so "Douma" is a city in
 * one sentence and a person in the next three, and "Cork" a person in a headline. Stateless.
 */
final class RepeatedNames {
  private RepeatedNames() {}

  /** Where a name recurs: its span, sentence and first token. */
  record Occurrence(Span span, String name, int sentence, int firstToken) {}

  /**
   * Occurrences of the names of {@code found} (those with gazetteer entries, outside
   * organisations' names) that no mention covers, written alone: not part of a longer proper
   * name, a person's full name or an organisation's name.
   */
  static List<Occurrence> find(AnnotatedDocument doc, List<Mention> found) {
    Set<String> names = new HashSet<>();
    for (Mention m : found) {
      if (!m.candidates().isEmpty() && m.within() == null
          && m.source() != Place.Source.ORGANISATION_NAME) {
        names.add(m.text());
      }
    }
    String text = doc.article().text();
    List<Occurrence> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> toks = s.tokens();
      for (int i = 0; i < toks.size(); i++) {
        for (int end = Math.min(toks.size(), i + 4); end > i; end--) {
          Span span = new Span(toks.get(i).span().start(), toks.get(end - 1).span().end());
          String name = text.substring(span.start(), span.end());
          if (!names.contains(name)) {
            continue;
          }
          boolean alone = !(i > 0 && LocationRuns.properNoun(toks.get(i - 1)))
              && !(end < toks.size() && LocationRuns.properNoun(toks.get(end)));
          if (alone && !covered(found, span) && !insideName(doc, span)) {
            out.add(new Occurrence(span, name, s.index(), i));
            i = end - 1;
          }
          break;
        }
      }
    }
    return out;
  }

  private static boolean covered(List<Mention> found, Span span) {
    return found.stream().anyMatch(m -> m.span().overlaps(span));
  }

  /** Inside an organisation's name or a person's name of several words ("Jordan Henderson"). */
  private static boolean insideName(AnnotatedDocument doc, Span span) {
    for (EntityMention e : doc.entities()) {
      if (e.span().overlaps(span) && (e.kind() == EntityKind.ORGANIZATION
          || (e.kind() == EntityKind.PERSON && e.endToken() - e.firstToken() > 1))) {
        return true;
      }
    }
    return false;
  }
}
