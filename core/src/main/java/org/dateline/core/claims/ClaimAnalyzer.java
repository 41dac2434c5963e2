package org.dateline.core.claims;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Gives the claim behind any trigger span: who says it (the innermost attribution whose content
 * holds the trigger, else the article itself) and its {@link ClaimStatus}. The event coder calls
 * {@link #claimFor(AnnotatedDocument, List, int, Span)} once per event trigger with the document's
 * attributions from {@link Attributor}. Immutable and thread-safe.
 *
 * <p>Fails with {@link IllegalArgumentException} when the sentence index is out of range or the
 * trigger lies outside that sentence; with {@link IllegalStateException} when the document has no
 * dependency parse.
 */
public final class ClaimAnalyzer {
  /** How many body sentences may cite the outlet a whole story was taken from. */
  private static final int OUTLET_WINDOW = 3;

  private final Attributor attributor;

  public ClaimAnalyzer(Attributor attributor) {
    this.attributor = Objects.requireNonNull(attributor, "attributor");
  }

  /** The claim for {@code trigger} in sentence {@code sentence}, given the document's attributions. */
  public Claim claimFor(
      AnnotatedDocument doc, List<Attribution> attributions, int sentence, Span trigger) {
    doc.require("claims", Attributor.REQUIRED.toArray(new org.dateline.core.model.Layer[0]));
    if (sentence < 0 || sentence >= doc.sentences().size()) {
      throw new IllegalArgumentException(
          "sentence " + sentence + " out of range 0.." + (doc.sentences().size() - 1));
    }
    ParseTree tree = new ParseTree(doc.sentences().get(sentence));
    if (!doc.sentences().get(sentence).span().overlaps(trigger)) {
      throw new IllegalArgumentException(
          "trigger [" + trigger.start() + ", " + trigger.end() + ") is not in sentence " + sentence);
    }
    int head = tree.headOf(trigger);
    Attribution by = innermost(attributions, sentence, trigger);
    int stopAt = -1;
    if (by != null && by.sentence() == sentence) {
      stopAt = tree.headOf(by.cue().span());
    }
    StatusClassifier.Result status = attributor.classifier().classify(doc, tree, head, stopAt);
    Source source;
    Phrase cue = null;
    if (by != null) {
      source = by.source();
      cue = by.cue();
      ClaimStatus base =
          attributor.lexicon().cueStatus().getOrDefault(lemmaOf(doc, by), ClaimStatus.REPORTED);
      status =
          StatusClassifier.stronger(
              new StatusClassifier.Result(base, base == ClaimStatus.REPORTED ? null : by.cue()),
              status);
    } else {
      source = defaultSource(doc, attributions);
    }
    return new Claim(trigger, sentence, source, cue, status.status(), status.cue(), count(tree, head));
  }

  /** The claim for {@code trigger}, finding the document's attributions first (slower per call). */
  public Claim claimFor(AnnotatedDocument doc, int sentence, Span trigger) {
    return claimFor(doc, attributor.attribute(doc), sentence, trigger);
  }

  /** The status of the clause around {@code span}, without attribution: for time anchoring. */
  public ClaimStatus statusAt(AnnotatedDocument doc, int sentence, Span span) {
    if (sentence < 0 || sentence >= doc.sentences().size()
        || doc.sentences().get(sentence).dependencies().isEmpty()) {
      return ClaimStatus.ASSERTED;
    }
    ParseTree tree = new ParseTree(doc.sentences().get(sentence));
    int head = tree.headOf(span);
    if (head < 0) {
      return ClaimStatus.ASSERTED;
    }
    return attributor.classifier().classify(doc, tree, head, -1).status();
  }

  /**
   * The source of claims nobody is cited for: the article's agency or outlet, citing the outlet it
   * took the story from when one of its first body sentences names one ("reports the NDTV").
   */
  public static Source defaultSource(AnnotatedDocument doc, List<Attribution> attributions) {
    Source article = SourceResolver.articleSource(doc.article());
    int body = doc.article().bodyStart();
    int firstBody = 0;
    while (firstBody < doc.sentences().size()
        && doc.sentences().get(firstBody).span().end() <= body) {
      firstBody++;
    }
    for (Attribution a : attributions) {
      if (a.source().kind() == SourceKind.OUTLET && a.sentence() < firstBody + OUTLET_WINDOW) {
        return article.withVia(a.source());
      }
    }
    return article;
  }

  private static @Nullable Attribution innermost(
      List<Attribution> attributions, int sentence, Span trigger) {
    Attribution best = null;
    for (Attribution a : attributions) {
      if (a.content() == null || a.cue().span().overlaps(trigger)) {
        continue;
      }
      Span c = a.content().span();
      if (c.contains(trigger) && (best == null || c.length() < best.content().span().length())) {
        best = a;
      }
    }
    return best;
  }

  private static String lemmaOf(AnnotatedDocument doc, Attribution a) {
    var s = doc.sentences().get(a.sentence());
    String lemma = "";
    for (var t : s.tokens()) {
      if (a.cue().span().contains(t.span())) {
        lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return lemma;
  }

  private static @Nullable Count count(ParseTree tree, int head) {
    if (head < 0) {
      return null;
    }
    for (int arg : tree.children(head, Set.of("nsubj", "obj"))) {
      for (int n : tree.children(arg, Set.of("nummod"))) {
        OptionalInt v = Numbers.parse(tree.word(n));
        if (v.isPresent()) {
          return new Count(v.getAsInt(), tree.token(n).span());
        }
      }
    }
    return null;
  }
}
