package org.dateline.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.core.claims.Attributor;
import org.dateline.core.claims.ClaimAnalyzer;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Layer;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.nlp.LanguageAnnotator;
import org.dateline.core.nlp.NlpConfig;
import org.dateline.core.pipeline.DatelinePipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline eval status}: MUC-4 stage and perpetrator-confidence accuracy of the incidents
 * Dateline extracts, and negation precision/recall against ECB+. By default the first
 * {@code --limit} (40) messages of MUC-4's training set (DEV) and of its first test set (TST1),
 * and the first {@code --limit} ECB+ documents that hold a negated action: the full 1,300 DEV
 * messages take hours of CoreNLP on a 2-core machine.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Scores claim status: MUC-4 stage/confidence slots and ECB+ negated actions.")
public final class StatusEvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ProfileOption profile = new ProfileOption();

  @Option(names = "--dir", description = "A MUC-4 folder (texts and key-* files) or an ECB+ folder"
      + " (*.xml); repeatable. Default: MUC-4 dev and tst1, and ECB+.")
  List<Path> dirs = new ArrayList<>();

  @Option(names = "--file", description = "One ECB+ .xml file, or one MUC-4 text file (its keys"
      + " read from the key-* files beside it); repeatable.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--limit", description = "Per MUC-4 folder and for ECB+: the first N documents"
      + " (default ${DEFAULT-VALUE}; ECB+ folders count only documents with a negated action).")
  int limit = 40;

  @Option(names = "--cache", description = "JSON Lines cache of the annotation, read and extended.")
  Path cache;

  @Option(names = "--trace", description = "Print each aligned incident and each negation error.")
  boolean trace;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Muc4Corpus.Document> muc = new ArrayList<>();
    List<EcbPlusCorpus.Document> ecb = new ArrayList<>();
    if (dirs.isEmpty() && files.isEmpty()) {
      Path corpora = RefData.resolve("refdata/eval/muc34/raw/TASK/CORPORA");
      dirs = List.of(corpora.resolve("dev"), corpora.resolve("tst1"),
          RefData.resolve("refdata/eval/ecbplus/ECB+"));
    }
    for (Path d : dirs) {
      if (isMuc(d)) {
        List<Muc4Corpus.Document> docs = Muc4Corpus.readDir(d);
        muc.addAll(docs.subList(0, Math.min(limit, docs.size())));
      } else {
        List<EcbPlusCorpus.Document> docs = EcbPlusCorpus.readDir(d, e -> out.println("skipped: " + e))
            .stream().filter(EcbPlusCorpus.Document::hasNegation).toList();
        ecb.addAll(docs.subList(0, Math.min(limit, docs.size())));
      }
    }
    for (Path f : files) {
      if (f.toString().endsWith(".xml")) {
        ecb.add(EcbPlusCorpus.readFile(f));
      } else {
        Set<String> ids = messageIds(f);
        Muc4Corpus.readDir(f.toAbsolutePath().getParent()).stream()
            .filter(d -> ids.contains(d.message().id())).forEach(muc::add);
      }
    }
    NlpConfig config = profile.apply(PloverCommand.nlpConfig());
    CachingAnnotator cached =
        new CachingAnnotator(() -> new CoreNlpAnnotator(config), config.layers(), profile.keyed(cache));
    Scores scores = score(muc, ecb, new LanguageAnnotator() {
      @Override
      public AnnotatedDocument annotate(Article article) {
        return cached.annotate(article);
      }

      @Override
      public Set<Layer> layers() {
        return config.layers();
      }
    });
    MucStatusScorer mucScore = scores.muc();
    EcbNegationScorer ecbScore = scores.ecb();
    if (trace) {
      mucScore.trace.forEach(out::println);
      ecbScore.trace.forEach(out::println);
    }
    scores.failures().forEach(f -> out.println("failed: " + f));
    table(mucScore, ecbScore).forEach(out::println);
    out.println(resultLine(mucScore, ecbScore));
    return 0;
  }

  record Scores(MucStatusScorer muc, EcbNegationScorer ecb, List<String> failures) {}

  /**
   * Codes every document with Dateline's pipeline over {@code annotator} (a dependency parse at
   * least) and scores it; MUC-4 messages are truecased first, irrelevant ones skipped.
   */
  static Scores score(
      List<Muc4Corpus.Document> muc, List<EcbPlusCorpus.Document> ecb, LanguageAnnotator annotator) {
    DatelinePipeline pipeline = DatelinePipeline.builder(annotator).build();
    Truecaser truecaser = null;
    // A document a stage fails on is reported and left out; the run goes on.
    List<String> failures = new ArrayList<>();
    MucStatusScorer mucScore = new MucStatusScorer();
    for (Muc4Corpus.Document d : muc) {
      if (d.templates().isEmpty()) {
        continue; // an irrelevant message has no incident to score
      }
      if (truecaser == null) {
        truecaser = new Truecaser();
      }
      try {
        mucScore.score(d, pipeline.code(MucStatusScorer.article(d.message(), truecaser::recase)));
      } catch (RuntimeException e) {
        failures.add(d.message().id() + ": " + e);
      }
    }
    EcbNegationScorer ecbScore = new EcbNegationScorer(new ClaimAnalyzer(new Attributor()));
    for (EcbPlusCorpus.Document d : ecb) {
      Article a = new Article(d.id(), "ecbplus", d.text(), null, null, "ECB+", null, null, java.util.Map.of());
      try {
        ecbScore.score(d, pipeline.code(a));
      } catch (RuntimeException e) {
        failures.add(d.id() + ": " + e);
      }
    }
    return new Scores(mucScore, ecbScore, List.copyOf(failures));
  }

  static List<String> table(MucStatusScorer m, EcbNegationScorer e) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "MUC-4: %d relevant messages, %d templates, %d aligned to an event (%.3f)",
        m.messages, m.templates, m.aligned, SpanScore.ratio(m.aligned, m.templates)));
    for (var row : List.of(List.of("stage", m.stage), List.of("confidence", m.confidence))) {
      MucStatusScorer.Tally t = (MucStatusScorer.Tally) row.get(1);
      out.add(String.format(Locale.ROOT, "  %-10s scored %4d  accuracy %.3f  (majority class %.3f)  gold %s  predicted %s",
          row.get(0), t.scored, t.accuracy(), t.majority(), t.gold, t.predicted));
    }
    out.add(String.format(Locale.ROOT, "ECB+: %d documents, %d negated action mentions", e.documents, e.goldNegated));
    out.add(String.format(Locale.ROOT, "  mentions  P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)",
        e.precision(), e.recall(), EcbNegationScorer.f1(e.precision(), e.recall()), e.tp, e.fp, e.fn));
    out.add(String.format(Locale.ROOT, "  events    P %.3f  R %.3f  F1 %.3f  (%d negated events, %d match)",
        e.eventPrecision(), e.eventRecall(), EcbNegationScorer.f1(e.eventPrecision(), e.eventRecall()),
        e.eventsNegated, e.eventsMatched));
    return out;
  }

  static String resultLine(MucStatusScorer m, EcbNegationScorer e) {
    return String.format(Locale.ROOT,
        "RESULT status muc_templates=%d muc_aligned=%d stage_acc=%.3f confidence_acc=%.3f"
            + " ecb_docs=%d negation_p=%.3f negation_r=%.3f negation_f1=%.3f"
            + " event_negation_p=%.3f event_negation_r=%.3f",
        m.templates, m.aligned, m.stage.accuracy(), m.confidence.accuracy(), e.documents,
        e.precision(), e.recall(), EcbNegationScorer.f1(e.precision(), e.recall()),
        e.eventPrecision(), e.eventRecall());
  }

  private static boolean isMuc(Path dir) {
    try (var s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith("key-"));
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException("cannot list " + dir, ex);
    }
  }

  private static Set<String> messageIds(Path file) {
    try {
      return Muc4Corpus.parseMessages(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
          .stream().map(Muc4Corpus.Message::id).collect(java.util.stream.Collectors.toSet());
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException("cannot read " + file, ex);
    }
  }
}
