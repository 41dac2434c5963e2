package org.dateline.core.claims;

import java.util.List;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;

/** Token-level helpers shared by the cue finders: cue extents, quotation marks, clause breaks. */
final class CueText {
  private CueText() {}

  /** Verbs that also attribute from after their content ("..., she said") or inverted. */
  static final Set<String> POSTPOSED =
      Set.of(
          "say", "tell", "report", "add", "claim", "write", "note", "explain", "insist", "state",
          "declare", "announce", "warn", "confirm", "deny", "argue", "acknowledge", "admit",
          "allege", "tweet", "ask", "recall", "conclude", "predict", "estimate", "reply",
          "respond", "stress", "continue", "suggest");
  static final Set<String> DASHES = Set.of("―", "—", "--", "–");
  static final String CLOSING_QUOTES = "”\"’'";

  static boolean isClauseBreak(ParseTree tree, int t) {
    String w = tree.word(t);
    // The tokenizer keeps a closing single and double quote together ("’”").
    return !w.isEmpty() && w.chars().allMatch(c -> c == ',' || c == '”' || c == '’' || c == '\'' || c == '"');
  }

  static int headOfRange(ParseTree tree, List<Integer> tokens) {
    Span s = tree.span(tokens);
    return s == null ? -1 : tree.headOf(s);
  }

  static Phrase withColon(String text, ParseTree tree, int verb) {
    Phrase c = cue(text, tree, verb);
    return Phrase.of(text, new Span(c.span().start(), tree.token(verb + 1).span().end()));
  }

  /** True if the sentence starts at {@code start} with the subject and the one before is a quote. */
  static boolean quotedSentenceBefore(AnnotatedDocument doc, ParseTree tree, int start) {
    int index = tree.sentence().index();
    if (start != 0 || index == 0) {
      return false;
    }
    Sentence previous = doc.sentences().get(index - 1);
    String text = doc.article().text();
    String p = trimmed(text, previous.span()).of(text);
    return !p.isEmpty() && CLOSING_QUOTES.indexOf(p.charAt(p.length() - 1)) >= 0;
  }

  static Span trimmed(String text, Span s) {
    int start = s.start();
    int end = s.end();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return new Span(start, end);
  }

  /** True if the last quotation mark before token {@code i} opens a quotation. */
  static boolean insideQuote(ParseTree tree, int i) {
    for (int t = i - 1; t >= 0; t--) {
      String p = tree.pos(t);
      if (p.equals("``")) {
        return true;
      }
      if (p.equals("''")) {
        return false;
      }
    }
    return false;
  }

  /**
   * True if the subject {@code head} of a cue verb refers to nobody: "there", an "it" that stands
   * for an extraposed clause ("it is said that", "it seems"), a "which"/"that" outside a relative
   * clause. A relative pronoun ("the report, which found ...") and a referential "It says" are
   * sources: PolNeAR marks them, and coreference or the antecedent names them.
   */
  static boolean isExpletive(ParseTree tree, int head) {
    String w = tree.word(head).toLowerCase(java.util.Locale.ROOT);
    int verb = tree.parent(head);
    if (w.equals("there") || tree.relationIs(head, "expl")) {
      return true;
    }
    if (w.equals("it")) {
      return verb < 0 || !tree.children(verb, Set.of("aux:pass", "cop", "nsubj:pass")).isEmpty()
          || tree.relationIs(head, "nsubj:pass") || Set.of("seem", "appear").contains(tree.lemma(verb));
    }
    if (w.equals("which") || w.equals("that")) {
      return verb < 0 || !tree.relationIs(verb, "acl:relcl");
    }
    return false;
  }

  /** The cue verb with the auxiliaries and negation right before it and its particle. */
  static Phrase cue(String text, ParseTree tree, int verb) {
    int first = verb;
    int last = verb;
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (c == first - 1 && (rel.startsWith("aux") || rel.equals("advmod") && tree.word(c).equals("not"))) {
        first = c;
      }
      if (c == last + 1 && rel.equals("compound:prt")) {
        last = c;
      }
    }
    return Phrase.of(
        text, new Span(tree.token(first).span().start(), tree.token(last).span().end()));
  }

  static int sentenceAt(AnnotatedDocument doc, int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }
}
