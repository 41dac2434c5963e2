package org.dateline.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.core.claims.Attributor;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.nlp.NlpConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline eval attribution}: source, cue and content spans against PolNeAR (brat standoff
 * {@code attributions/*.ann} with {@code text/*.txt}). Overlap F1 is the headline
 * ({@code source_f1}); exact F1 is printed beside it.
 */
@Command(
    name = "attribution",
    mixinStandardHelpOptions = true,
    description = "Scores attribution (source, cue, content spans) against PolNeAR.")
public final class AttributionEvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin ProfileOption profile = new ProfileOption();

  @Option(names = "--dir", description = "A PolNeAR compartment (default ../shared/refdata/eval/polnear/dev).")
  Path dir;

  @Option(names = "--file", description = "One .ann file (its text in ../text/NAME.txt or beside it).")
  Path file;

  @Option(names = "--limit", description = "Score only the first N articles in name order.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--cache", description = "JSON Lines cache of the annotation, read and extended.")
  Path cache;

  @Option(names = "--misses", description = "Print each gold cue Dateline missed.")
  boolean misses;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<PolnearCorpus.Document> docs;
    if (file != null) {
      docs = List.of(PolnearCorpus.readFile(file));
    } else {
      docs = PolnearCorpus.readDir(dir != null ? dir : RefData.resolve("refdata/eval/polnear/dev"));
    }
    docs = docs.subList(0, Math.min(limit, docs.size()));
    NlpConfig config = profile.apply(NlpConfig.full());
    CachingAnnotator annotator =
        new CachingAnnotator(() -> new CoreNlpAnnotator(config, org.dateline.core.pipeline.CueSelector.shipped()), config.layers(), profile.keyed(cache));
    AttributionScorer scorer = AttributionScorer.run(docs, annotator::annotate, new Attributor());
    if (misses) {
      scorer.misses.forEach(out::println);
    }
    scorer.table().forEach(out::println);
    out.println(scorer.resultLine());
    return 0;
  }
}
