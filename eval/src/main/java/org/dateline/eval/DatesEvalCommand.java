package org.dateline.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dateline.core.nlp.CoreNlpAnnotator;
import org.dateline.core.nlp.NlpConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline eval dates}: time-expression recognition and normalisation against TimeML
 * (TempEval-3 TimeBank and AQUAINT), each document anchored at its creation time.
 */
@Command(
    name = "dates",
    mixinStandardHelpOptions = true,
    description = "Scores time expressions (recognition, normalised values) against TimeML.")
public final class DatesEvalCommand implements Callable<Integer> {
  /** Enough for SUTime: no parse or coreference. */
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin ProfileOption profile = new ProfileOption();

  @Option(names = "--dir", description = "Folder of .tml files, searched recursively (default ../shared/refdata/eval/tempeval3/Training).")
  Path dir;

  @Option(names = "--file", description = "One .tml file.")
  Path file;

  @Option(names = "--limit", description = "Score only the first N files in path order.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--errors", description = "Print each wrong value (gold vs found).")
  boolean errors;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files =
        file != null
            ? List.of(file)
            : list(dir != null ? dir : RefData.resolve("refdata/eval/tempeval3/Training"));
    files = files.subList(0, Math.min(limit, files.size()));
    List<TimeMlReader.Document> docs = new ArrayList<>();
    files.forEach(f -> docs.add(TimeMlReader.read(f)));
    CoreNlpAnnotator annotator =
        new CoreNlpAnnotator(profile.apply(NlpConfig.parse(ANNOTATORS, NlpConfig.CorefAlgorithm.FASTNEURAL)));
    DatesScorer scorer = DatesScorer.run(docs, annotator::annotate);
    if (errors) {
      scorer.valueErrors.forEach(out::println);
    }
    scorer.table().forEach(out::println);
    out.println(scorer.resultLine());
    return 0;
  }

  /** Every .tml file below {@code dir}, in path order. */
  static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a folder of .tml files");
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
