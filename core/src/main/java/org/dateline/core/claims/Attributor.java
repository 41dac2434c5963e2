package org.dateline.core.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Quote;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

import static org.dateline.core.claims.CueText.*;

/**
 * The attribution stage: finds reported speech in an {@link AnnotatedDocument} and its sources.
 * Cues are reporting verbs from the {@link ClaimLexicon} with a complement clause ("officials said
 * they had cleared ..."), after the content ("..., Gen. Kadir said"), or inverted ("..., reports the
 * NDTV"); reporting nouns with a clause ("reports that he had been killed", "the claim by Saudi
 * Arabia to be forming ..."); "according to X"; and CoreNLP quotes. Sources are resolved by {@link
 * SourceResolver}; a reporting noun without its own source takes the source of the attribution it
 * sits in, else the article's.
 *
 * <p>Needs tokens, POS, lemmas and dependencies ({@link #REQUIRED}); uses entities, coreference and
 * quotes when present. Immutable and thread-safe. Fails with {@link IllegalStateException} naming
 * the missing layer when given a document without dependencies.
 */
public final class Attributor {
  /** Layers every input document must carry. */
  public static final Set<Layer> REQUIRED =
      Set.copyOf(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES));

  private static final Set<String> COMPLEMENT_XCOMP =
      Set.of("claim", "deny", "promise", "pledge", "vow", "threaten", "admit", "acknowledge");

  private static final Set<String> CLAUSE_PIECES = Set.of("obj", "xcomp", "dep", "parataxis");

  private final ClaimLexicon lexicon;
  private final SourceResolver resolver;
  private final StatusClassifier classifier;
  private final PatternCues patterns;

  public Attributor(ClaimLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.resolver = new SourceResolver(lexicon);
    this.classifier = new StatusClassifier(lexicon);
    this.patterns = new PatternCues(lexicon, resolver);
  }

  /** With {@link ClaimLexicon#defaults()}. */
  public Attributor() {
    this(ClaimLexicon.defaults());
  }

  ClaimLexicon lexicon() {
    return lexicon;
  }

  StatusClassifier classifier() {
    return classifier;
  }


  /** Every attribution in the document, in text order of their cues. */
  public List<Attribution> attribute(AnnotatedDocument doc) {
    doc.require("attribution", REQUIRED.toArray(new Layer[0]));
    List<CueDraft> drafts = new ArrayList<>();
    List<ParseTree> trees = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      ParseTree tree = new ParseTree(s);
      trees.add(tree);
      for (int i = 0; i < tree.size(); i++) {
        CueDraft d = verbCue(doc, tree, i);
        if (d == null) {
          d = patterns.nounCue(doc, tree, i);
        }
        if (d == null) {
          d = patterns.accordingTo(doc, tree, i);
        }
        if (d == null) {
          d = patterns.colonLabel(doc, tree, i);
        }
        if (d == null) {
          d = patterns.dashByline(doc, tree, i);
        }
        if (d != null) {
          drafts.add(d);
        }
      }
    }
    patterns.quotes(doc, trees, drafts);
    Source article = ClaimAnalyzer.defaultSource(doc, sourcesOf(drafts));
    List<Attribution> out = new ArrayList<>();
    for (CueDraft d : drafts) {
      Source source = d.source();
      if (source == null) {
        source = enclosingSource(d, drafts);
      }
      if (source == null) {
        source = article;
      }
      StatusClassifier.Result status = statusOf(doc, trees.get(d.sentence()), d);
      out.add(
          new Attribution(
              source, d.cue(), d.type(), d.content(), d.sentence(), status.status(), status.cue()));
    }
    out.sort(Comparator.comparing(a -> a.cue().span()));
    return List.copyOf(ContentOverrun.cut(doc, trees, out));
  }

  private static List<Attribution> sourcesOf(List<CueDraft> drafts) {
    List<Attribution> out = new ArrayList<>();
    for (CueDraft d : drafts) {
      if (d.source() != null) {
        out.add(new Attribution(d.source(), d.cue(), d.type(), d.content(), d.sentence(),
            ClaimStatus.REPORTED, null));
      }
    }
    return out;
  }

  private StatusClassifier.Result statusOf(AnnotatedDocument doc, ParseTree tree, CueDraft d) {
    ClaimStatus base = lexicon.cueStatus().getOrDefault(d.cueLemma(), ClaimStatus.REPORTED);
    StatusClassifier.Result result =
        new StatusClassifier.Result(base, base == ClaimStatus.REPORTED ? null : d.cue());
    if (d.contentRoot() >= 0) {
      result =
          StatusClassifier.stronger(
              result, classifier.classify(doc, tree, d.contentRoot(), d.cueToken()));
    }
    return result;
  }

  private static @Nullable Source enclosingSource(CueDraft d, List<CueDraft> all) {
    CueDraft best = null;
    for (CueDraft other : all) {
      if (other == d || other.source() == null || other.content() == null) {
        continue;
      }
      if (other.content().span().contains(d.cue().span())
          && (best == null || other.content().span().length() < best.content().span().length())) {
        best = other;
      }
    }
    return best == null ? null : best.source();
  }

  private @Nullable CueDraft verbCue(AnnotatedDocument doc, ParseTree tree, int i) {
    String lemma = tree.lemma(i);
    if (!tree.isVerb(i)) {
      return null;
    }
    if (!lexicon.cueVerbs().contains(lemma)) {
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
    } else if ((lexicon.objectCueVerbs().contains(lemma) || subject >= 0 && agentive(tree, subject))
        && (subject >= 0 || sharedSubject(tree, i) >= 0)) {
      // "criticized the plan", "called for an inquiry", "wants to win": the object is the content.
      for (int c : tree.children(i, Set.of("obj", "xcomp", "obl", "advcl"))) {
        String rel = tree.relation(c);
        boolean about = rel.equals("obj") || rel.equals("xcomp") || rel.equals("obl:for")
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
      for (int c : tree.children(i, Set.of("nsubj"))) {
        if (c < i || sourceHead < 0) {
          sourceHead = c;
        }
      }
    }
    if (sourceHead < 0) {
      for (int c : tree.children(i, Set.of("obl"))) {
        if (tree.relation(c).equals("obl:agent") || tree.relation(c).equals("obl:by")) {
          sourceHead = c;
        }
      }
    }
    if (sourceHead < 0) {
      sourceHead = sharedSubject(tree, i);
    }
    if (sourceHead < 0 && POSTPOSED.contains(lemma)) {
      // "“...,” said Mr. Kamin": the parser takes the inverted subject for an object.
      for (int c : tree.children(i, Set.of("obj", "nsubj"))) {
        if (c > i && sourceHead < 0 && tree.subtree(c, Set.of(i)).get(0) <= i + 2) {
          sourceHead = c;
        }
      }
    }
    if (sourceHead < 0) {
      sourceHead = relativePronoun(tree, i);
    }
    if (sourceHead >= 0 && content.contains(tree.token(sourceHead).span())) {
      sourceHead = -1;
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

  /** Pronouns that stand for people, as subjects of a cue. */
  private static final Set<String> PERSONAL = Set.of("i", "we", "you", "he", "she", "they", "who");

  /**
   * A subject that can hold a view: a person or organisation, a personal pronoun, or a noun
   * ("polls", "the committee"). Any cue verb with such a subject takes its object as content
   * ("Polls show a close contest", "agreed with Matthews").
   */
  private static boolean agentive(ParseTree tree, int s) {
    String ner = tree.token(s).ner();
    return ner.equals("PERSON") || ner.equals("ORGANIZATION")
        || PERSONAL.contains(tree.word(s).toLowerCase(java.util.Locale.ROOT))
        || tree.pos(s).startsWith("NN");
  }

  /**
   * The relative pronoun a relative-clause cue takes as its subject ("Mr. Kamin, who emphasized
   * that ..."): the enhanced parse moves the subject edge to the antecedent, so the pronoun itself
   * is found between the antecedent and the verb; -1 if none.
   */
  private static int relativePronoun(ParseTree tree, int verb) {
    if (!tree.relationIs(verb, "acl") || tree.parent(verb) < 0 || tree.parent(verb) > verb) {
      return -1;
    }
    for (int t = verb - 1; t > tree.parent(verb); t--) {
      if (tree.pos(t).equals("WP") || tree.pos(t).equals("WDT")) {
        return t;
      }
    }
    return -1;
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
   * The subject a subjectless cue verb shares with the clause it hangs from: "Trump defended the
   * plan, saying ..." (a participle), "He smiled and added that ..." (a conjunct), "she wants to
   * argue that ..." (a controlled infinitive). Climbs at most three such links; -1 if none.
   */
  private static int sharedSubject(ParseTree tree, int verb) {
    int v = verb;
    for (int hops = 0; hops < 3; hops++) {
      boolean nonFinite = tree.pos(v).equals("VBG") || tree.pos(v).equals("VB") || tree.pos(v).equals("VBN");
      boolean shares = tree.relationIs(v, "conj")
          || (nonFinite && (tree.relationIs(v, "advcl") || tree.relation(v).equals("xcomp")));
      if (!shares || tree.parent(v) < 0) {
        return -1;
      }
      v = tree.parent(v);
      for (int c : tree.children(v)) {
        if (tree.relation(c).equals("nsubj")) {
          return c;
        }
      }
    }
    return -1;
  }

}
