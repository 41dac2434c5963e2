package org.dateline.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Quote;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

import static org.dateline.core.claims.CueText.*;

/**
 * Cues other than a reporting verb with its clause: reporting nouns, "according to", "He said:"
 * before the next sentence, headline and transcript labels ("Pence: ..."), dash bylines after a
 * quotation, and CoreNLP quotes not covered by another cue. Immutable; thread-safe.
 */
final class PatternCues {
  private final ClaimLexicon lexicon;
  private final SourceResolver resolver;

  PatternCues(ClaimLexicon lexicon, SourceResolver resolver) {
    this.lexicon = lexicon;
    this.resolver = resolver;
  }

  /** "He said:" at the end of a sentence: the next sentence is what was said. */
  @Nullable CueDraft nextSentence(
      AnnotatedDocument doc, ParseTree tree, int verb, int subject, String lemma) {
    int next = tree.sentence().index() + 1;
    if (next >= doc.sentences().size()) {
      return null;
    }
    String text = doc.article().text();
    Span content = doc.sentences().get(next).span();
    return new CueDraft(
        resolver.resolve(doc, tree, subject, lemma), withColon(text, tree, verb), CueType.VERB,
        Phrase.of(text, content), tree.sentence().index(), lemma, verb, -1);
  }

  /** A headline or transcript label: "Pence: Gennifer Flowers Won't Be at Debate". */
  @Nullable CueDraft colonLabel(AnnotatedDocument doc, ParseTree tree, int i) {
    if (!tree.word(i).equals(":") || i < 1 || i > 4 || i + 2 >= tree.size()) {
      return null;
    }
    List<Integer> label = new ArrayList<>();
    for (int t = 0; t < i; t++) {
      String p = tree.pos(t);
      if (p.equals("``") || tree.word(t).equals("\"") || tree.word(t).equals("“")) {
        continue;
      }
      if (!p.startsWith("NN") || !Character.isUpperCase(tree.token(t).word().charAt(0))) {
        return null;
      }
      label.add(t);
    }
    if (label.isEmpty()) {
      return null;
    }
    String text = doc.article().text();
    Span sourceSpan = tree.span(label);
    List<Integer> rest = new ArrayList<>();
    for (int t = i + 1; t < tree.size(); t++) {
      rest.add(t);
    }
    Span content = tree.span(rest);
    if (sourceSpan == null || content == null) {
      return null;
    }
    Source source = resolver.resolve(doc, tree, tree.headOf(sourceSpan), "say");
    return new CueDraft(
        source, Phrase.of(text, tree.token(i).span()), CueType.VERB, Phrase.of(text, content),
        tree.sentence().index(), "say", i, headOfRange(tree, rest));
  }

  /** "“...” ― Sonya Herridge": a dash and a name after a quotation attribute it. */
  @Nullable CueDraft dashByline(AnnotatedDocument doc, ParseTree tree, int i) {
    if (!DASHES.contains(tree.word(i)) || i + 1 >= tree.size()) {
      return null;
    }
    String text = doc.article().text();
    int dashStart = tree.token(i).span().start();
    Span quote = null;
    for (Quote q : doc.quotes()) {
      if (q.span().end() <= dashStart && dashStart - q.span().end() <= 2) {
        quote = q.span();
      }
    }
    if (quote == null) {
      int before = dashStart;
      while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
        before--;
      }
      if (before == 0 || CLOSING_QUOTES.indexOf(text.charAt(before - 1)) < 0) {
        return null;
      }
      int open = Math.max(text.lastIndexOf('“', before - 1), text.lastIndexOf('"', before - 2));
      if (open < 0) {
        return null;
      }
      quote = new Span(open, before);
    }
    quote = afterEarlierByline(text, quote, dashStart);
    List<Integer> name = new ArrayList<>();
    for (int t = i + 1; t < tree.size() && name.size() < 5 && tree.pos(t).startsWith("NNP"); t++) {
      name.add(t);
    }
    Span nameSpan = tree.span(name);
    if (nameSpan == null) {
      return null;
    }
    Source source = resolver.resolve(doc, tree, tree.headOf(nameSpan), "say");
    return new CueDraft(
        source, Phrase.of(text, tree.token(i).span()), CueType.QUOTE, Phrase.of(text, quote),
        tree.sentence().index(), "say", i, -1);
  }

  /**
   * A quotation ending at a dash byline starts after any earlier byline inside it: in a run of
   * quotes each signed "” ― Name", a curly quote typed the wrong way round makes the quote
   * annotator pair the first opening with a later closing, swallowing the quotes between.
   */
  private static Span afterEarlierByline(String text, Span quote, int dashStart) {
    int cut = -1;
    for (String d : DASHES) {
      int k = text.lastIndexOf(d, dashStart - 1);
      while (k > quote.start() && k > cut) {
        int before = k;
        while (before > quote.start() && Character.isWhitespace(text.charAt(before - 1))) {
          before--;
        }
        if (CLOSING_QUOTES.indexOf(text.charAt(before - 1)) >= 0) {
          cut = k;
          break;
        }
        k = text.lastIndexOf(d, k - 1);
      }
    }
    if (cut < 0) {
      return quote;
    }
    for (int open = cut; open < dashStart; open++) {
      if ("“\"”".indexOf(text.charAt(open)) >= 0) {
        return new Span(open, quote.end());
      }
    }
    return quote;
  }

  @Nullable CueDraft nounCue(AnnotatedDocument doc, ParseTree tree, int i) {
    String lemma = tree.lemma(i);
    if (!tree.isNoun(i) || !lexicon.cueNouns().contains(lemma)) {
      return null;
    }
    List<Integer> roots = new ArrayList<>();
    for (int c : tree.children(i, Set.of("ccomp", "acl"))) {
      boolean clause = false;
      for (int m : tree.children(c, Set.of("mark"))) {
        String w = tree.word(m);
        clause |= w.equals("that") || w.equals("to");
      }
      if (c > i && clause && !tree.relation(c).equals("acl:relcl")) {
        roots.add(c);
      }
    }
    if (roots.isEmpty()) {
      return null;
    }
    String text = doc.article().text();
    List<Integer> contentTokens = new ArrayList<>();
    for (int r : roots) {
      contentTokens.addAll(tree.subtree(r, Set.of()));
    }
    contentTokens.sort(Integer::compare);
    Span content =
        tree.span(tree.longestRun(contentTokens, List.of(tree.token(i).span())));
    if (content == null) {
      return null;
    }
    int sourceHead = -1;
    for (int c : tree.children(i)) {
      String rel = tree.relation(c);
      if (rel.equals("nmod:by") || rel.equals("nmod:from") || rel.equals("nmod:poss")
          || (rel.equals("compound") && !tree.token(c).ner().equals("O"))) {
        sourceHead = c;
      }
    }
    Source source = sourceHead < 0 ? null : resolver.resolve(doc, tree, sourceHead, lemma);
    return new CueDraft(
        source, Phrase.of(text, tree.token(i).span()), CueType.NOUN, Phrase.of(text, content),
        tree.sentence().index(), lemma, i, roots.get(0));
  }

  @Nullable CueDraft accordingTo(AnnotatedDocument doc, ParseTree tree, int i) {
    if (!tree.word(i).equals("according") || !tree.relationIs(i, "case")) {
      return null;
    }
    int sourceHead = tree.parent(i);
    if (sourceHead < 0) {
      return null;
    }
    String text = doc.article().text();
    int end = i;
    for (int c : tree.children(i, Set.of("fixed"))) {
      end = Math.max(end, c);
    }
    Span cue = new Span(tree.token(i).span().start(), tree.token(end).span().end());
    int governor = tree.parent(sourceHead);
    Source source = resolver.resolve(doc, tree, sourceHead, "accord");
    Span content = null;
    if (governor >= 0) {
      List<Span> avoid = source.span() == null ? List.of(cue) : List.of(cue, source.span());
      content = tree.span(tree.longestRun(tree.subtree(governor, Set.of(sourceHead)), avoid));
    }
    return new CueDraft(
        source, Phrase.of(text, cue), CueType.ACCORDING_TO,
        content == null ? null : Phrase.of(text, content), tree.sentence().index(), "accord", i,
        governor);
  }

  void quotes(AnnotatedDocument doc, List<ParseTree> trees, List<CueDraft> drafts) {
    String text = doc.article().text();
    for (Quote q : doc.quotes()) {
      boolean covered = false;
      for (CueDraft d : drafts) {
        covered |= d.content() != null && d.content().span().overlaps(q.span());
      }
      if (covered) {
        continue;
      }
      int sentence = sentenceAt(doc, Math.max(q.span().start(), q.span().end() - 1));
      if (sentence < 0) {
        continue;
      }
      ParseTree tree = trees.get(sentence);
      int cueToken = -1;
      for (int i = 0; i < tree.size(); i++) {
        boolean outside = !q.span().overlaps(tree.token(i).span());
        if (outside && tree.isVerb(i) && POSTPOSED.contains(tree.lemma(i))
            && (cueToken < 0 || Math.abs(i - tree.tokenAt(q.span().end())) < Math.abs(cueToken
                - tree.tokenAt(q.span().end())))) {
          cueToken = i;
        }
      }
      if (cueToken < 0) {
        continue;
      }
      Source source = null;
      for (int c : tree.children(cueToken, Set.of("nsubj"))) {
        if (!q.span().overlaps(tree.token(c).span())) {
          source = resolver.resolve(doc, tree, c, tree.lemma(cueToken));
        }
      }
      if (source == null && q.speakerSpan() != null) {
        int head = sentenceAt(doc, q.speakerSpan().start()) == sentence
            ? tree.headOf(q.speakerSpan()) : -1;
        if (head >= 0) {
          source = resolver.resolve(doc, tree, head, tree.lemma(cueToken));
        }
      }
      drafts.add(
          new CueDraft(
              source, cue(text, tree, cueToken), CueType.QUOTE, Phrase.of(text, q.span()),
              sentence, tree.lemma(cueToken), cueToken, -1));
    }
  }
}
