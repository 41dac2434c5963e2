package org.dateline.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.dateline.core.claims.Attribution;
import org.dateline.core.claims.Attributor;
import org.dateline.core.claims.SourceKind;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Quote;
import org.dateline.core.model.Span;

/**
 * Scores Dateline's attributions against PolNeAR: source, cue and content spans, exact and by
 * overlap. Each role's spans are compared as sets per article (PolNeAR labels each token at most
 * once), so a source shared by two attributions counts once. Sources Dateline falls back to (the
 * article itself) are not spans in the text and are not scored. Not thread-safe.
 */
final class AttributionScorer {
  final SpanScore sources = new SpanScore();
  final SpanScore cues = new SpanScore();
  final SpanScore contents = new SpanScore();
  int articles;
  /** Gold cues no found cue overlaps, with their source: for {@code --misses}. */
  final List<String> misses = new ArrayList<>();

  /**
   * PolNeAR is univocal: a token belongs to at most one attribution, so attributions inside the
   * content of another are not annotated. This keeps Dateline's outermost attributions (longest
   * content first) and drops those whose cue or source falls inside a kept one's content. An
   * attribution whose cue lies inside a quotation ("“I think we will win,” she said") is nested in
   * the quoted speaker's, which PolNeAR annotates instead, and is dropped even when Dateline did
   * not find that speaker.
   */
  static List<Attribution> univocal(List<Attribution> found, List<Span> quotations) {
    List<Attribution> byLength = new ArrayList<>();
    for (Attribution a : found) {
      if (quotations.stream().noneMatch(q -> q.start() < a.cue().span().start()
          && a.cue().span().end() < q.end())) {
        byLength.add(a);
      }
    }
    byLength.sort(java.util.Comparator.comparingInt(
        (Attribution a) -> a.content() == null ? 0 : a.content().span().length()).reversed());
    List<Attribution> kept = new ArrayList<>();
    for (Attribution a : byLength) {
      boolean inside = false;
      for (Attribution k : kept) {
        if (k.content() != null) {
          Span c = k.content().span();
          inside |= c.overlaps(a.cue().span())
              || (a.source().span() != null && c.overlaps(a.source().span()));
        }
      }
      if (!inside) {
        kept.add(a);
      }
    }
    return kept;
  }

  /** Scores one article: its gold and the attributions Dateline found in it. */
  void add(PolnearCorpus.Document gold, List<Attribution> all, List<Span> quotations) {
    articles++;
    List<Attribution> found = univocal(all, quotations);
    TreeSet<Span> goldSources = new TreeSet<>();
    TreeSet<Span> goldCues = new TreeSet<>();
    TreeSet<Span> goldContents = new TreeSet<>();
    for (PolnearCorpus.GoldAttribution g : gold.attributions()) {
      goldSources.addAll(g.sources());
      goldCues.addAll(g.cues());
      goldContents.addAll(g.contents());
    }
    TreeSet<Span> mySources = new TreeSet<>();
    TreeSet<Span> myCues = new TreeSet<>();
    TreeSet<Span> myContents = new TreeSet<>();
    for (Attribution a : found) {
      if (a.source().span() != null && a.source().kind() != SourceKind.ARTICLE) {
        mySources.add(a.source().span());
      }
      myCues.add(a.cue().span());
      if (a.content() != null) {
        myContents.add(a.content().span());
      }
    }
    for (PolnearCorpus.GoldAttribution g : gold.attributions()) {
      for (Span cue : g.cues()) {
        if (myCues.stream().noneMatch(c -> c.overlaps(cue))) {
          String src = g.sources().isEmpty() ? "-" : g.sources().get(0).of(gold.text());
          String context =
              gold.text()
                  .substring(Math.max(0, cue.start() - 120), Math.min(gold.text().length(), cue.end() + 60))
                  .replace('\n', ' ');
          boolean dropped = all.stream().anyMatch(a -> a.cue().span().overlaps(cue));
          String by = "";
          if (dropped) {
            by = quotations.stream().filter(q -> q.overlaps(cue)).map(q -> "quote " + q.of(gold.text()))
                .findFirst().orElse(found.stream().filter(k -> k.content() != null && k.content().span().overlaps(cue))
                    .map(k -> "in " + k.cue().text() + ": " + k.content().text()).findFirst().orElse("?"));
          }
          misses.add(gold.name() + "\tcue=" + cue.of(gold.text()) + "\tsource=" + src + "\t" + context
              + (dropped ? "\t(dropped as nested " + by + ")" : ""));
        } else {
          for (Span s : g.sources()) {
            if (mySources.stream().noneMatch(m -> m.overlaps(s))) {
              String mine = found.stream().filter(a -> a.cue().span().overlaps(cue))
                  .map(a -> a.source().text()).findFirst().orElse("?");
              misses.add(gold.name() + "\tsource missed=" + s.of(gold.text()) + "\tcue=" + cue.of(gold.text())
                  + "\tfound=" + mine);
            }
          }
        }
      }
    }
    for (Attribution a : found) {
      Span src = a.source().span();
      if (src != null && a.source().kind() != SourceKind.ARTICLE
          && goldSources.stream().noneMatch(g -> g.overlaps(src))) {
        misses.add(gold.name() + "\textra cue=" + a.cue().text() + "\tsource=" + a.source().text()
            + "\t" + (a.content() == null ? "" : a.content().text()));
      }
    }
    sources.add(List.copyOf(goldSources), List.copyOf(mySources));
    cues.add(List.copyOf(goldCues), List.copyOf(myCues));
    contents.add(List.copyOf(goldContents), List.copyOf(myContents));
  }

  /** Annotates and scores every document. */
  static AttributionScorer run(
      List<PolnearCorpus.Document> docs,
      Function<Article, AnnotatedDocument> annotate,
      Attributor attributor) {
    AttributionScorer scorer = new AttributionScorer();
    for (PolnearCorpus.Document d : docs) {
      AnnotatedDocument doc = annotate.apply(article(d));
      // A quotation running across paragraphs is most often an unbalanced quotation mark.
      List<Span> quotations = doc.quotes().stream()
          .filter(q -> q.text().indexOf('\n') < 0).map(Quote::span).toList();
      scorer.add(d, attributor.attribute(doc), quotations);
    }
    return scorer;
  }

  /** The article for a PolNeAR text: publisher and date come from its file name. */
  static Article article(PolnearCorpus.Document d) {
    String[] parts = d.name().split("_");
    LocalDate date = null;
    if (parts.length > 1) {
      try {
        date = LocalDate.parse(parts[1]);
      } catch (DateTimeParseException e) {
        date = null;
      }
    }
    return new Article(
        d.name(), d.name() + ".txt", d.text(), null, null, parts[0], date, null, Map.of());
  }

  /** The readable table. */
  List<String> table() {
    List<String> out = new ArrayList<>();
    out.add(String.format(
        "PolNeAR attribution, %d articles%n%-8s %6s %6s | %-20s | %-20s",
        articles, "role", "gold", "found", "exact P / R / F1", "overlap P / R / F1"));
    out.add(row("source", sources));
    out.add(row("cue", cues));
    out.add(row("content", contents));
    return out;
  }

  private static String row(String name, SpanScore s) {
    return String.format(
        "%-8s %6d %6d | %s / %s / %s  | %s / %s / %s",
        name, s.gold(), s.predicted(),
        SpanScore.fmt(s.exactPrecision()), SpanScore.fmt(s.exactRecall()), SpanScore.fmt(s.exactF1()),
        SpanScore.fmt(s.overlapPrecision()), SpanScore.fmt(s.overlapRecall()),
        SpanScore.fmt(s.overlapF1()));
  }

  /** The machine-readable last line. */
  String resultLine() {
    return "RESULT attribution articles=" + articles
        + " source_f1=" + SpanScore.fmt(sources.overlapF1())
        + " source_exact_f1=" + SpanScore.fmt(sources.exactF1())
        + " cue_f1=" + SpanScore.fmt(cues.overlapF1())
        + " cue_exact_f1=" + SpanScore.fmt(cues.exactF1())
        + " content_f1=" + SpanScore.fmt(contents.overlapF1())
        + " content_exact_f1=" + SpanScore.fmt(contents.exactF1());
  }
}
