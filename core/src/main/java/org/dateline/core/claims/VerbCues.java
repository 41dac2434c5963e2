package org.dateline.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

import static org.dateline.core.claims.CueText.*;

/**
 * Cue finding for reporting verbs: which verbs of a sentence are cues, and which tokens are their
 * content, with a complement clause ("officials said they had cleared ..."), after the content
 * ("..., Gen. Kadir said"), inverted ("..., reports the NDTV"), before a colon, as a passive with
 * agent, or with an object ("criticized the plan"). The speaker's token comes from {@link
 * SourceHeads} unless the pattern fixes it; {@link SourceResolver} describes it. Immutable;
 * thread-safe.
 */
final class VerbCues {
  private static final Set<String> COMPLEMENT_XCOMP =
      Set.of("claim", "deny", "promise", "pledge", "vow", "threaten", "admit", "acknowledge");

  private static final Set<String> CLAUSE_PIECES = Set.of("obj", "xcomp", "dep", "parataxis");

  private final ClaimLexicon lexicon;
  private final SourceResolver resolver;
  private final PatternCues patterns;

  VerbCues(ClaimLexicon lexicon, SourceResolver resolver, PatternCues patterns) {
    this.lexicon = lexicon;
    this.resolver = resolver;
    this.patterns = patterns;
  }

  /** The cue of verb {@code i}, or null when it is not a cue verb or has no content. */
  @Nullable CueDraft verbCue(AnnotatedDocument doc, ParseTree tree, int i) {
    String lemma = tree.lemma(i);
    if (!tree.isVerb(i)) {
      return null;
    }
    if (!lexicon.cueVerbs().contains(lemma) && !introducesQuote(tree, i)) {
      return null;
    }
    String text = doc.article().text();
    List<Integer> roots = new ArrayList<>();
    for (int c : tree.children(i, Set.of("ccomp"))) {
      // "“Every time you say that,” Tester said": the parser hangs the real cue under the quoted one.
      boolean laterCue = POSTPOSED.contains(tree.lemma(c)) && tree.isVerb(c);
      boolean ownSubject = false;
      for (int sub : tree.children(c, Set.of("nsubj"))) {
        ownSubject |= sub > i;
      }
      if (!(laterCue && ownSubject && insideQuote(tree, i))) {
        roots.add(c);
      }
    }
    if (COMPLEMENT_XCOMP.contains(lemma)) {
      roots.addAll(tree.children(i, Set.of("xcomp")));
    }
    for (int c : tree.children(i, Set.of("dep"))) {
      // A mis-parsed "said Saturday that ...": the clause hangs from "that".
      if (c > i && tree.word(c).equals("that") && tree.subtree(c, Set.of()).size() >= 3) {
        roots.add(c);
      }
    }
    int sourceHead = -1;
    List<Integer> contentTokens = new ArrayList<>();
    int contentRoot = -1;
    boolean colon = i + 1 < tree.size() && tree.word(i + 1).equals(":");
    int subject = -1;
    for (int c : tree.children(i, Set.of("nsubj"))) {
      // The nearest: a mis-parse can hang a subject from inside the content on the cue too.
      if (c < i) {
        subject = c;
      }
    }
    int subjectStart = subject < 0 ? -1 : tree.subtree(subject, Set.of(i)).get(0);
    if (subject < 0 && POSTPOSED.contains(lemma)) {
      // "...,’” Merkley said." with the name mis-attached elsewhere: the name run before the verb.
      int j = i - 1;
      while (j >= 0 && (tree.pos(j).startsWith("NNP") || tree.pos(j).equals("PRP"))) {
        j--;
      }
      if (j < i - 1 && j >= 1 && isClauseBreak(tree, j)) {
        subject = i - 1;
        subjectStart = j + 1;
        sourceHead = subject;
      }
    }
    if (!roots.isEmpty()) {
      for (int r : roots) {
        contentTokens.addAll(tree.subtree(r, Set.of(i)));
      }
      contentRoot = roots.get(0);
    } else if (POSTPOSED.contains(lemma)
        && (tree.relationIs(i, "parataxis") || tree.relationIs(i, "ccomp"))
        && tree.parent(i) >= 0
        && tree.parent(i) < i) {
      // "Two senior militant leaders were killed ..., Gen. Sarhad Kadir ... said."
      contentRoot = tree.parent(i);
      for (int t : tree.subtree(contentRoot, Set.of(i))) {
        if (t < i) {
          contentTokens.add(t);
        }
      }
    } else if (POSTPOSED.contains(lemma) && subjectStart >= 2 && isClauseBreak(tree, subjectStart - 1)) {
      // "..., sources said." parsed with the content as a modifier of the verb, or vice versa.
      for (int t = 0; t < subjectStart - 1; t++) {
        contentTokens.add(t);
      }
      contentRoot = headOfRange(tree, contentTokens);
    } else if (POSTPOSED.contains(lemma) && i > 1 && isClauseBreak(tree, i - 1)) {
      // Inverted: "..., reports the NDTV." / "..., said the minister."
      for (int c : tree.children(i, Set.of("obj", "nsubj"))) {
        if (c > i) {
          sourceHead = c;
        }
      }
      if (sourceHead < 0) {
        return null;
      }
      for (int t = 0; t < i - 1; t++) {
        contentTokens.add(t);
      }
      contentRoot = headOfRange(tree, contentTokens);
    } else if (subject >= 0 && !colon && !lexicon.objectCueVerbs().contains(lemma)
        && misparsedClause(tree, i) >= 0) {
      // "Lynch said the demands ... erase the barriers": the clause's subject taken for the
      // verb's object and its verb hung under the cue as xcomp or dep.
      for (int c : tree.children(i, CLAUSE_PIECES)) {
        if (c > i) {
          contentTokens.addAll(tree.subtree(c, Set.of(i)));
        }
      }
      contentRoot = misparsedClause(tree, i);
    } else if (colon && subject >= 0) {
      // "He said:" followed by the words, in this sentence or the next.
      for (int t = i + 2; t < tree.size(); t++) {
        contentTokens.add(t);
      }
      if (contentTokens.size() <= 1) {
        return patterns.nextSentence(doc, tree, i, subject, lemma);
      }
      contentRoot = headOfRange(tree, contentTokens);
    } else if (!tree.children(i, Set.of("aux:pass")).isEmpty()
        && !tree.children(i, Set.of("obl:agent")).isEmpty()
        && !tree.children(i, Set.of("nsubj:pass")).isEmpty()) {
      // "was first reported by The Washington Post": the agent is the source.
      sourceHead = tree.children(i, Set.of("obl:agent")).get(0);
      int patient = tree.children(i, Set.of("nsubj:pass")).get(0);
      contentTokens.addAll(tree.subtree(patient, Set.of(i)));
      contentRoot = patient;
    } else if ((lexicon.objectCueVerbs().contains(lemma)
            || subject >= 0 && SourceHeads.agentive(tree, subject))
        && (subject >= 0 || SourceHeads.sharedSubject(tree, i) >= 0)) {
      // "criticized the plan", "called for an inquiry", "wants to win": the object is the content.
      // "called Trump a liar" is parsed as a double object: without an object, the indirect one
      // carries the characterisation.
      boolean iobj = tree.children(i, Set.of("obj")).isEmpty();
      for (int c : tree.children(i, Set.of("obj", "iobj", "xcomp", "obl", "advcl"))) {
        String rel = tree.relation(c);
        boolean about = rel.equals("obj") || (iobj && rel.equals("iobj")) || rel.equals("xcomp")
            || rel.equals("obl:for")
            || rel.equals("obl:on") || rel.equals("obl:about") || rel.equals("obl:of")
            || rel.equals("obl:with") || rel.equals("obl:against") || rel.equals("obl:as")
            // "called on Trump to stop": the parser reads the request as an adverbial clause.
            || rel.equals("advcl:to") || rel.equals("advcl:on") || rel.equals("advcl:for");
        if (c > i && about) {
          contentTokens.addAll(tree.subtree(c, Set.of(i)));
          if (contentRoot < 0) {
            contentRoot = c;
          }
        }
      }
      if (contentTokens.isEmpty()) {
        return null;
      }
    } else if (POSTPOSED.contains(lemma) && subject >= 0 && quotedSentenceBefore(doc, tree, subjectStart)) {
      // "“How many times ...?” Clinton said." split into two sentences at the question mark.
      Sentence previous = doc.sentences().get(tree.sentence().index() - 1);
      Source source = isExpletive(tree, subject) ? null : resolver.resolve(doc, tree, subject, lemma);
      return new CueDraft(
          source, cue(text, tree, i), CueType.VERB, Phrase.of(text, trimmed(text, previous.span())),
          tree.sentence().index(), lemma, i, -1);
    } else {
      return null;
    }
    contentTokens.sort(Integer::compare);
    Phrase cuePhrase = colon ? withColon(text, tree, i) : cue(text, tree, i);
    Span content = tree.span(tree.longestRun(contentTokens, List.of(cuePhrase.span())));
    if (content == null) {
      return null;
    }
    if (sourceHead < 0) {
      sourceHead = SourceHeads.of(tree, i, lemma);
    }
    if (sourceHead >= 0 && content.contains(tree.token(sourceHead).span())) {
      sourceHead = -1;
    }
    if (sourceHead >= 0 && tree.word(sourceHead).equalsIgnoreCase("you")) {
      // "you know", "you want to ...": the reader or a listener, not a source; on PolNeAR 7 of 9
      // such attributions were wrong.
      return null;
    }
    Source source = sourceHead < 0 || isExpletive(tree, sourceHead)
        ? null
        : resolver.resolve(doc, tree, sourceHead, lemma);
    if (source != null && source.span() != null && source.span().overlaps(content)) {
      Span trimmed = tree.span(tree.longestRun(contentTokens, List.of(cuePhrase.span(), source.span())));
      if (trimmed == null) {
        return null;
      }
      content = trimmed;
    }
    return new CueDraft(
        source, cuePhrase, CueType.VERB, Phrase.of(text, content),
        tree.sentence().index(), lemma, i, contentRoot);
  }

  /** The first verb after {@code verb} hung under it as xcomp, dep or parataxis; -1 if none. */
  private static int misparsedClause(ParseTree tree, int verb) {
    for (int c : tree.children(verb, Set.of("xcomp", "dep", "parataxis"))) {
      if (c > verb + 1 && tree.isVerb(c) && !tree.children(verb, Set.of("obj")).isEmpty()) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Any verb of a speaker right before a colon that ends the sentence or opens a quotation
   * ("Caddell continued:", "Trump tweeted: “...”") introduces what the speaker said.
   */
  private static boolean introducesQuote(ParseTree tree, int i) {
    if (i + 1 >= tree.size() || !tree.word(i + 1).equals(":")) {
      return false;
    }
    boolean ends = i + 2 >= tree.size() - 1;
    boolean opens = i + 2 < tree.size()
        && (tree.pos(i + 2).equals("``") || tree.word(i + 2).equals("\"")
            || tree.word(i + 2).equals("“"));
    if (!ends && !opens) {
      return false;
    }
    for (int c : tree.children(i, Set.of("nsubj"))) {
      String ner = tree.token(c).ner();
      boolean speaker =
          ner.equals("PERSON") || ner.equals("ORGANIZATION") || tree.pos(c).equals("PRP");
      if (c < i && speaker) {
        return true;
      }
    }
    return false;
  }
}
