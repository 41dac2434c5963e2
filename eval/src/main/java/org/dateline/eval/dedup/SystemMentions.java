package org.dateline.eval.dedup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.dateline.core.dedup.EventSignature;
import org.dateline.core.dedup.Signatures;
import org.dateline.core.events.Event;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Span;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.nlp.LanguageAnnotator;
import org.dateline.core.nlp.NlpConfig;
import org.dateline.core.pipeline.DatelinePipeline;
import org.dateline.eval.CachingAnnotator;
import org.jspecify.annotations.Nullable;

/**
 * The system setting: runs Dateline's pipeline (language annotation, actors, events; no
 * gazetteer) on the corpus text, matches each coded event's trigger to a gold mention that overlaps
 * it, and keeps the matched events, with Dateline's own signatures and the gold clusters, for
 * scoring. Mention detection is reported over the scored sentences.
 */
final class SystemMentions {
  private SystemMentions() {}

  /** Layers the event coder needs; no coreference, which the clusterer does not use. */
  static final Set<Layer> LAYERS =
      EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.TIMES, Layer.DEPENDENCIES);

  /**
   * @param items matched events: Dateline's signature with the gold mention's cluster
   * @param systemEvents events coded in scored sentences
   * @param goldMentions gold mentions in scored sentences
   */
  record Result(List<DedupScorer.Item> items, int systemEvents, int goldMentions) {
    double detectionPrecision() {
      return systemEvents == 0 ? 0 : (double) items.size() / systemEvents;
    }

    double detectionRecall() {
      return goldMentions == 0 ? 0 : (double) items.size() / goldMentions;
    }
  }

  static Result run(CorefCorpus corpus, @Nullable Path cache) {
    return run(corpus, () -> new CoreNlpAnnotator(new NlpConfig(LAYERS, NlpConfig.CorefAlgorithm.FASTNEURAL)), cache);
  }

  /** @param annotators builds the annotator (only if some document is not in the cache) */
  static Result run(CorefCorpus corpus, Supplier<LanguageAnnotator> annotators, @Nullable Path cache) {
    CachingAnnotator nlp = new CachingAnnotator(annotators, LAYERS, cache);
    LanguageAnnotator language = new LanguageAnnotator() {
      @Override
      public AnnotatedDocument annotate(Article article) {
        return nlp.annotate(article);
      }

      @Override
      public Set<Layer> layers() {
        return LAYERS;
      }
    };
    DatelinePipeline pipeline = DatelinePipeline.builder(language).build();
    List<DedupScorer.Item> items = new ArrayList<>();
    int systemEvents = 0;
    int goldMentions = 0;
    for (CorefCorpus.Doc d : corpus.docs()) {
      Text t = Text.of(d);
      Article article = new Article(d.id(), corpus.name() + ":" + d.id(), t.text(), null, null, null,
          d.date() == null ? null : LocalDate.parse(d.date()), null, Map.of());
      CodedDocument coded = pipeline.code(article);
      List<EventSignature> sigs = Signatures.of(coded);
      Set<String> matched = new HashSet<>();
      for (CorefCorpus.Mention m : d.mentions()) {
        if (d.scored().contains(m.sentence())) {
          goldMentions++;
        }
      }
      for (int i = 0; i < coded.events().size(); i++) {
        Event e = coded.events().get(i);
        int sentence = t.sentenceAt(e.trigger().start());
        if (sentence < 0 || !d.scored().contains(sentence)) {
          continue;
        }
        systemEvents++;
        for (CorefCorpus.Mention m : d.mentions()) {
          if (m.sentence() == sentence && !matched.contains(m.id()) && t.span(m).overlaps(e.trigger())) {
            matched.add(m.id());
            items.add(new DedupScorer.Item(d.topic(), sigs.get(i), m.cluster()));
            break;
          }
        }
      }
    }
    return new Result(items, systemEvents, goldMentions);
  }

  /**
   * A document's tokens joined by spaces, one sentence per line, with each token's offsets, so a
   * gold mention's tokens map to character spans Dateline's events can be matched against.
   */
  record Text(String text, int[][] starts, int[][] ends, int[] sentenceStarts) {
    static Text of(CorefCorpus.Doc d) {
      StringBuilder sb = new StringBuilder();
      int n = d.sentences().size();
      int[][] starts = new int[n][];
      int[][] ends = new int[n][];
      int[] sentenceStarts = new int[n];
      for (int s = 0; s < n; s++) {
        List<String> words = d.sentences().get(s);
        starts[s] = new int[words.size()];
        ends[s] = new int[words.size()];
        sentenceStarts[s] = sb.length();
        for (int w = 0; w < words.size(); w++) {
          if (w > 0) {
            sb.append(' ');
          }
          starts[s][w] = sb.length();
          sb.append(words.get(w));
          ends[s][w] = sb.length();
        }
        sb.append('\n');
      }
      return new Text(sb.toString(), starts, ends, sentenceStarts);
    }

    Span span(CorefCorpus.Mention m) {
      return new Span(starts[m.sentence()][m.start()], ends[m.sentence()][m.end() - 1]);
    }

    /** The corpus sentence holding a character offset, or -1. */
    int sentenceAt(int offset) {
      for (int s = sentenceStarts.length - 1; s >= 0; s--) {
        if (sentenceStarts[s] <= offset) {
          return s;
        }
      }
      return -1;
    }
  }
}
