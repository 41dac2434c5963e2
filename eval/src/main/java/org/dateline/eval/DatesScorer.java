package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Span;
import org.dateline.core.model.TimeExpression;

/**
 * Scores time expressions against TimeML gold, as TempEval-3 does: recognition by exact and by
 * overlapping span, then, over the overlapping pairs, how often the normalised value and the type
 * agree. Each document is annotated with its creation time as the article's date. Not thread-safe.
 */
final class DatesScorer {
  final SpanScore spans = new SpanScore();
  int matched;
  int valueCorrect;
  int typeCorrect;
  int documents;
  final List<String> valueErrors = new ArrayList<>();

  void add(TimeMlReader.Document gold, AnnotatedDocument doc) {
    documents++;
    List<Span> goldSpans = new ArrayList<>();
    gold.timexes().forEach(t -> goldSpans.add(t.span()));
    List<TimeExpression> found = doc.times();
    List<Span> foundSpans = new ArrayList<>();
    found.forEach(t -> foundSpans.add(t.span()));
    spans.add(goldSpans, foundSpans);
    List<TimeExpression> free = new ArrayList<>(found);
    for (TimeMlReader.Timex g : gold.timexes()) {
      for (int i = 0; i < free.size(); i++) {
        TimeExpression t = free.get(i);
        if (t.span().overlaps(g.span())) {
          free.remove(i);
          matched++;
          String value = t.value() == null ? "" : t.value();
          if (sameValue(value, g.value())) {
            valueCorrect++;
          } else if (valueErrors.size() < 2000) {
            valueErrors.add(gold.id() + "\t" + g.text() + "\tgold=" + g.value() + "\tfound=" + value);
          }
          if (t.type().equals(g.type())) {
            typeCorrect++;
          }
          break;
        }
      }
    }
  }

  static DatesScorer run(
      List<TimeMlReader.Document> docs, Function<Article, AnnotatedDocument> annotate) {
    DatesScorer scorer = new DatesScorer();
    for (TimeMlReader.Document d : docs) {
      scorer.add(d, annotate.apply(article(d)));
    }
    return scorer;
  }

  static Article article(TimeMlReader.Document d) {
    return new Article(d.id(), d.id() + ".tml", d.text(), null, null, null, d.creation(), null,
        Map.of());
  }

  private static final java.util.regex.Pattern ONE_DIGIT_WEEK =
      java.util.regex.Pattern.compile("-W(\\d)(?!\\d)");

  /**
   * TimeML values compared as ISO 8601 values: some gold files write week 7 as {@code W7} where
   * ISO (and the rest of the corpus) write {@code W07}.
   */
  static boolean sameValue(String found, String gold) {
    return found.equals(gold)
        || ONE_DIGIT_WEEK.matcher(found).replaceAll("-W0$1")
            .equals(ONE_DIGIT_WEEK.matcher(gold).replaceAll("-W0$1"));
  }

  double valueAccuracy() {
    return SpanScore.ratio(valueCorrect, matched);
  }

  double typeAccuracy() {
    return SpanScore.ratio(typeCorrect, matched);
  }

  /** TempEval-3's value F1: relaxed-match F1 scaled by value accuracy. */
  double valueF1() {
    return spans.overlapF1() * valueAccuracy();
  }

  List<String> table() {
    return List.of(
        String.format("TimeML dates, %d documents, %d gold, %d found, %d matched by overlap",
            documents, spans.gold(), spans.predicted(), matched),
        String.format("recognition exact   P / R / F1  %s / %s / %s", SpanScore.fmt(spans.exactPrecision()),
            SpanScore.fmt(spans.exactRecall()), SpanScore.fmt(spans.exactF1())),
        String.format("recognition overlap P / R / F1  %s / %s / %s", SpanScore.fmt(spans.overlapPrecision()),
            SpanScore.fmt(spans.overlapRecall()), SpanScore.fmt(spans.overlapF1())),
        String.format("value accuracy %s   type accuracy %s   value F1 %s",
            SpanScore.fmt(valueAccuracy()), SpanScore.fmt(typeAccuracy()), SpanScore.fmt(valueF1())));
  }

  String resultLine() {
    return "RESULT dates documents=" + documents
        + " strict_f1=" + SpanScore.fmt(spans.exactF1())
        + " relaxed_f1=" + SpanScore.fmt(spans.overlapF1())
        + " value_accuracy=" + SpanScore.fmt(valueAccuracy())
        + " type_accuracy=" + SpanScore.fmt(typeAccuracy())
        + " value_f1=" + SpanScore.fmt(valueF1());
  }
}
