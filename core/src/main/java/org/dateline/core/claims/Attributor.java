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

  /** Verbs that also attribute from after their content ("..., she said") or inverted. */
  private static final Set<String> POSTPOSED =
      Set.of(
          "say", "tell", "report", "add", "claim", "write", "note", "explain", "insist", "state",
          "declare", "announce", "warn", "confirm", "deny", "argue", "acknowledge", "admit",
          "allege", "tweet", "ask", "recall", "conclude", "predict", "estimate", "reply",
          "respond", "stress", "continue", "suggest");
  private static final Set<String> DASHES = Set.of("―", "—", "--", "–");
  private static final String CLOSING_QUOTES = "”\"’'";
  private static final Set<String> COMPLEMENT_XCOMP =
      Set.of("claim", "deny", "promise", "pledge", "vow", "threaten", "admit", "acknowledge");

  private final ClaimLexicon lexicon;
  private final SourceResolver resolver;
  private final StatusClassifier classifier;

  public Attributor(ClaimLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.resolver = new SourceResolver(lexicon);
    this.classifier = new StatusClassifier(lexicon);
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

  /** A found cue before its source is settled. */
  private record Draft(
      @Nullable Source source, Phrase cue, CueType type, @Nullable Phrase content, int sentence,
      String cueLemma, int cueToken, int contentRoot) {}

  /** Every attribution in the document, in text order of their cues. */
  public List<Attribution> attribute(AnnotatedDocument doc) {
    doc.require("attribution", REQUIRED.toArray(new Layer[0]));
    List<Draft> drafts = new ArrayList<>();
    List<ParseTree> trees = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      ParseTree tree = new ParseTree(s);
      trees.add(tree);
      for (int i = 0; i < tree.size(); i++) {
        Draft d = verbCue(doc, tree, i);
        if (d == null) {
          d = nounCue(doc, tree, i);
        }
        if (d == null) {
          d = accordingTo(doc, tree, i);
        }
        if (d == null) {
          d = colonLabel(doc, tree, i);
        }
        if (d == null) {
          d = dashByline(doc, tree, i);
        }
        if (d != null) {
          drafts.add(d);
        }
      }
    }
    quotes(doc, trees, drafts);
    Source article = ClaimAnalyzer.defaultSource(doc, sourcesOf(drafts));
    List<Attribution> out = new ArrayList<>();
    for (Draft d : drafts) {
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
    return List.copyOf(out);
  }

  private static List<Attribution> sourcesOf(List<Draft> drafts) {
    List<Attribution> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.source() != null) {
        out.add(new Attribution(d.source(), d.cue(), d.type(), d.content(), d.sentence(),
            ClaimStatus.REPORTED, null));
      }
    }
    return out;
  }

  private StatusClassifier.Result statusOf(AnnotatedDocument doc, ParseTree tree, Draft d) {
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

  private static @Nullable Source enclosingSource(Draft d, List<Draft> all) {
    Draft best = null;
    for (Draft other : all) {
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

  private @Nullable Draft verbCue(AnnotatedDocument doc, ParseTree tree, int i) {
    String lemma = tree.lemma(i);
    if (!tree.isVerb(i) || !lexicon.cueVerbs().contains(lemma)) {
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
      if (c < i && subject < 0) {
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
    } else if (POSTPOSED.contains(lemma) && i > 1 && tree.pos(i - 1).equals(",")) {
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
    } else if (colon && subject >= 0) {
      // "He said:" followed by the words, in this sentence or the next.
      for (int t = i + 2; t < tree.size(); t++) {
        contentTokens.add(t);
      }
      if (contentTokens.size() <= 1) {
        return nextSentence(doc, tree, i, subject, lemma);
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
    } else if (lexicon.objectCueVerbs().contains(lemma) && subject >= 0) {
      // "criticized the plan", "called for an inquiry", "wants to win": the object is the content.
      for (int c : tree.children(i, Set.of("obj", "xcomp", "obl"))) {
        String rel = tree.relation(c);
        boolean about = rel.equals("obj") || rel.equals("xcomp") || rel.equals("obl:for")
            || rel.equals("obl:on") || rel.equals("obl:about") || rel.equals("obl:of");
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
      return new Draft(
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
    return new Draft(
        source, cuePhrase, CueType.VERB, Phrase.of(text, content),
        tree.sentence().index(), lemma, i, contentRoot);
  }

  private static boolean isClauseBreak(ParseTree tree, int t) {
    String w = tree.word(t);
    return w.equals(",") || w.equals("”") || w.equals("''") || w.equals("\"") || w.equals("’");
  }

  private static int headOfRange(ParseTree tree, List<Integer> tokens) {
    Span s = tree.span(tokens);
    return s == null ? -1 : tree.headOf(s);
  }

  private static Phrase withColon(String text, ParseTree tree, int verb) {
    Phrase c = cue(text, tree, verb);
    return Phrase.of(text, new Span(c.span().start(), tree.token(verb + 1).span().end()));
  }

  /** "He said:" at the end of a sentence: the next sentence is what was said. */
  private @Nullable Draft nextSentence(
      AnnotatedDocument doc, ParseTree tree, int verb, int subject, String lemma) {
    int next = tree.sentence().index() + 1;
    if (next >= doc.sentences().size()) {
      return null;
    }
    String text = doc.article().text();
    Span content = doc.sentences().get(next).span();
    return new Draft(
        resolver.resolve(doc, tree, subject, lemma), withColon(text, tree, verb), CueType.VERB,
        Phrase.of(text, content), tree.sentence().index(), lemma, verb, -1);
  }

  /** A headline or transcript label: "Pence: Gennifer Flowers Won't Be at Debate". */
  private @Nullable Draft colonLabel(AnnotatedDocument doc, ParseTree tree, int i) {
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
    return new Draft(
        source, Phrase.of(text, tree.token(i).span()), CueType.VERB, Phrase.of(text, content),
        tree.sentence().index(), "say", i, headOfRange(tree, rest));
  }

  /** True if the sentence starts at {@code start} with the subject and the one before is a quote. */
  private static boolean quotedSentenceBefore(AnnotatedDocument doc, ParseTree tree, int start) {
    int index = tree.sentence().index();
    if (start != 0 || index == 0) {
      return false;
    }
    Sentence previous = doc.sentences().get(index - 1);
    String text = doc.article().text();
    String p = trimmed(text, previous.span()).of(text);
    return !p.isEmpty() && CLOSING_QUOTES.indexOf(p.charAt(p.length() - 1)) >= 0;
  }

  private static Span trimmed(String text, Span s) {
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

  /** "“...” ― Sonya Herridge": a dash and a name after a quotation attribute it. */
  private @Nullable Draft dashByline(AnnotatedDocument doc, ParseTree tree, int i) {
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
    List<Integer> name = new ArrayList<>();
    for (int t = i + 1; t < tree.size() && name.size() < 5 && tree.pos(t).startsWith("NNP"); t++) {
      name.add(t);
    }
    Span nameSpan = tree.span(name);
    if (nameSpan == null) {
      return null;
    }
    Source source = resolver.resolve(doc, tree, tree.headOf(nameSpan), "say");
    return new Draft(
        source, Phrase.of(text, tree.token(i).span()), CueType.QUOTE, Phrase.of(text, quote),
        tree.sentence().index(), "say", i, -1);
  }

  /** True if the last quotation mark before token {@code i} opens a quotation. */
  private static boolean insideQuote(ParseTree tree, int i) {
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

  private static boolean isExpletive(ParseTree tree, int head) {
    String w = tree.word(head);
    return w.equals("it") || w.equals("there") || w.equals("which") || w.equals("that");
  }

  /** The cue verb with the auxiliaries and negation right before it and its particle. */
  private static Phrase cue(String text, ParseTree tree, int verb) {
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

  private @Nullable Draft nounCue(AnnotatedDocument doc, ParseTree tree, int i) {
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
    return new Draft(
        source, Phrase.of(text, tree.token(i).span()), CueType.NOUN, Phrase.of(text, content),
        tree.sentence().index(), lemma, i, roots.get(0));
  }

  private @Nullable Draft accordingTo(AnnotatedDocument doc, ParseTree tree, int i) {
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
    return new Draft(
        source, Phrase.of(text, cue), CueType.ACCORDING_TO,
        content == null ? null : Phrase.of(text, content), tree.sentence().index(), "accord", i,
        governor);
  }

  private void quotes(AnnotatedDocument doc, List<ParseTree> trees, List<Draft> drafts) {
    String text = doc.article().text();
    for (Quote q : doc.quotes()) {
      boolean covered = false;
      for (Draft d : drafts) {
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
          new Draft(
              source, cue(text, tree, cueToken), CueType.QUOTE, Phrase.of(text, q.span()),
              sentence, tree.lemma(cueToken), cueToken, -1));
    }
  }

  private static int sentenceAt(AnnotatedDocument doc, int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }
}
