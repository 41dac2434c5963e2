package org.dateline.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.Token;

/**
 * Ends a content where a later cue of another source begins inside it: "Putney told CNN that the
 * video was not from an angle that would show a gun, but he said witnesses saw a gun" — the parser
 * hangs the second clause under the first content, yet "he said ..." is its own attribution. The
 * content is cut before that cue's source (or cue, if earlier), without trailing commas,
 * conjunctions or relative pronouns.
 */
final class ContentOverrun {
  /** Tokens that cannot end a content: they only join it to the cut-off clause. */
  private static final Set<String> JOINERS = Set.of(",", ";", ":", "--", "-", "—", "–", "CC", "WDT", "WP");

  private ContentOverrun() {}

  static List<Attribution> cut(AnnotatedDocument doc, List<ParseTree> trees, List<Attribution> all) {
    List<Attribution> out = new ArrayList<>(all.size());
    for (Attribution a : all) {
      // A label's or "He said:" content is a whole turn of speech; cues inside it are its own.
      boolean turn = a.cue().text().endsWith(":");
      out.add(a.content() == null || turn ? a : cutOne(doc, trees, a, all));
    }
    return out;
  }

  private static Attribution cutOne(
      AnnotatedDocument doc, List<ParseTree> trees, Attribution a, List<Attribution> all) {
    Span content = a.content().span();
    int boundary = content.end();
    for (Attribution b : all) {
      Span source = b.source().span();
      if (b == a || source == null || b.source().kind() == SourceKind.ARTICLE) {
        continue;
      }
      boolean later = b.cue().span().start() >= a.cue().span().end() && source.start() > content.start();
      if (later && content.contains(b.cue().span()) && content.contains(source)
          && !sameSpeaker(a.source(), b.source()) && coordinate(trees.get(b.sentence()), b)) {
        boundary = Math.min(boundary, Math.min(source.start(), b.cue().span().start()));
      }
    }
    if (boundary >= content.end()) {
      return a;
    }
    int end = -1;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (t.span().start() >= content.start() && t.span().end() <= boundary) {
          end = JOINERS.contains(t.pos()) || JOINERS.contains(t.word()) ? end : t.span().end();
        }
      }
    }
    Phrase cutContent = end <= content.start() ? null
        : Phrase.of(doc.article().text(), new Span(content.start(), end));
    return new Attribution(
        a.source(), a.cue(), a.cueType(), cutContent, a.sentence(), a.status(), a.statusCue());
  }

  /**
   * Whether the cue heads a clause joined to what precedes it ("..., but he said") rather than one
   * the earlier content is about ("told her that she wanted ..."), which stays nested.
   */
  private static boolean coordinate(ParseTree tree, Attribution b) {
    int cue = tree.tokenAt(b.cue().span().start());
    if (cue < 0) {
      return false;
    }
    return tree.relationIs(cue, "conj") || tree.relationIs(cue, "parataxis");
  }

  private static boolean sameSpeaker(Source x, Source y) {
    return x.text().toLowerCase(Locale.ROOT).equals(y.text().toLowerCase(Locale.ROOT))
        || x.name() != null && x.name().equals(y.name());
  }
}
