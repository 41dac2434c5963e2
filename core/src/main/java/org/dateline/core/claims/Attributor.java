package org.dateline.core.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * The attribution stage: finds reported speech in an {@link AnnotatedDocument} and its sources.
 * Cues are reporting verbs from the {@link ClaimLexicon} ({@link VerbCues}: "officials said they
 * had cleared ...", "..., Gen. Kadir said", "..., reports the NDTV"), and ({@link PatternCues})
 * reporting nouns with a clause ("reports that he had been killed"), "according to X", labels and
 * CoreNLP quotes. Sources are resolved by {@link SourceHeads} and {@link SourceResolver}; a
 * reporting noun without its own source takes the source of the attribution it sits in, else the
 * article's.
 *
 * <p>Needs tokens, POS, lemmas and dependencies ({@link #REQUIRED}); uses entities, coreference and
 * quotes when present. Immutable and thread-safe. Fails with {@link IllegalStateException} naming
 * the missing layer when given a document without dependencies.
 */
public final class Attributor {
  /** Layers every input document must carry. */
  public static final Set<Layer> REQUIRED =
      Set.copyOf(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES));

  private final ClaimLexicon lexicon;
  private final SourceResolver resolver;
  private final StatusClassifier classifier;
  private final PatternCues patterns;
  private final VerbCues verbs;

  public Attributor(ClaimLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.resolver = new SourceResolver(lexicon);
    this.classifier = new StatusClassifier(lexicon);
    this.patterns = new PatternCues(lexicon, resolver);
    this.verbs = new VerbCues(lexicon, resolver, patterns);
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
        CueDraft d = verbs.verbCue(doc, tree, i);
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
}
