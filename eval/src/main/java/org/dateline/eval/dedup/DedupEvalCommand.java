package org.dateline.eval.dedup;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.core.dedup.DedupConfig;
import org.dateline.core.dedup.EventClusterer;
import org.dateline.eval.RefData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline eval dedup}: cross-document event coreference with Dateline's event clusterer on
 * ECB+ and the Gun Violence Corpus, scored with MUC, B³, CEAF-e and CoNLL F1, with the corpora's
 * gold event mentions and with the mentions Dateline's own pipeline extracts.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Scores event deduplication (cross-document event coreference) on ECB+ and GVC.",
      "ECB+ convention: gold topics, within- and cross-document links together, singletons kept,",
      "only the sentences in ECBplus_coreference_sentences.csv; default topics: the development",
      "topics 2 5 12 18 21 23 34 35 (this copy of ECB+ holds topics 1-35 only, not the test topics 36-45);",
      "system mentions (Dateline's own pipeline) on ECB+ topics 2 5 23 by default.",
      "Last line: RESULT dedup <corpus>_<setting>_conll=.. ..."
    })
public final class DedupEvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--dir", paramLabel = "PATH",
      description = "Score only this corpus: an ECB+ folder of topic folders, or a GVC split folder (dataset.conll + event_mentions.json).")
  Path dir;

  @Option(names = "--topics", paramLabel = "LIST",
      description = "ECB+ topics: dev (default), train (1-35 without dev), all, or a comma-separated list.")
  String topics = "dev";

  @Option(names = "--setting", paramLabel = "S", description = "gold, system or both (default both).")
  String setting = "both";

  @Option(names = "--system-topics", paramLabel = "LIST",
      description = "ECB+ topics run through the full pipeline for the system setting (default 2,5,23; with --dir: the same as --topics). GVC is scored with gold mentions only unless given with --dir.")
  String systemTopics;

  @Option(names = "--annotations", paramLabel = "FILE",
      description = "Cache of the CoreNLP annotation for the system setting (default target/dedup-annotations.jsonl).")
  Path annotations = Path.of("target/dedup-annotations.jsonl");

  @Option(names = "--threshold", paramLabel = "T", description = "Override the clusterer's join threshold.")
  Double threshold;

  @Option(names = "--weights", paramLabel = "T,E,C,A,G",
      description = "Override the clusterer's weights (trigger, evidence, context, actors, agreement; summing to 1), for tuning.")
  String weights;

  /**
   * ECB+ topics run through the full pipeline by default: three development topics (65 documents,
   * 25k tokens); all eight take about half an hour on two shared cores.
   */
  static final String DEFAULT_SYSTEM_TOPICS = "2,5,23";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DedupConfig config = DedupConfig.defaults();
    if (weights != null) {
      double[] w = Arrays.stream(weights.split(",")).mapToDouble(Double::parseDouble).toArray();
      if (w.length != 5) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--weights takes five numbers");
      }
      config = new DedupConfig(w[0], w[1], w[2], w[3], w[4], config.threshold());
    }
    if (threshold != null) {
      config = config.withThreshold(threshold);
    }
    EventClusterer clusterer = new EventClusterer(config);
    List<Row> rows = new ArrayList<>();
    boolean gold = !setting.equals("system");
    boolean system = !setting.equals("gold");
    if (dir != null) {
      CorefCorpus corpus = read(dir, topicList(topics));
      if (gold) {
        rows.add(goldRow(corpus, clusterer));
      }
      if (system) {
        rows.add(systemRow(systemTopics == null ? corpus : read(dir, topicList(systemTopics)), clusterer));
      }
    } else {
      Path ecb = RefData.resolve("refdata/eval/ecbplus/ECB+");
      if (gold) {
        rows.add(goldRow(EcbPlusReader.read(ecb, topicList(topics)), clusterer));
      }
      if (system) {
        rows.add(systemRow(EcbPlusReader.read(ecb, topicList(systemTopics == null ? DEFAULT_SYSTEM_TOPICS : systemTopics)), clusterer));
      }
      if (gold) {
        rows.add(goldRow(GvcReader.read(RefData.resolve("refdata/eval/gvc/val")), clusterer));
      }
    }
    print(out, rows);
    return 0;
  }

  private static Row goldRow(CorefCorpus corpus, EventClusterer clusterer) {
    List<DedupScorer.Item> items = DedupScorer.goldItems(corpus);
    return new Row(corpus.name(), "gold", items.size(), Double.NaN, Double.NaN, DedupScorer.score(items, clusterer));
  }

  private Row systemRow(CorefCorpus corpus, EventClusterer clusterer) {
    SystemMentions.Result r = SystemMentions.run(corpus, annotations);
    return new Row(corpus.name(), "system", r.items().size(), r.detectionPrecision(), r.detectionRecall(),
        DedupScorer.score(r.items(), clusterer));
  }

  private static CorefCorpus read(Path dir, List<String> topics) {
    if (Files.isRegularFile(dir.resolve("event_mentions.json"))) {
      return GvcReader.read(dir);
    }
    return EcbPlusReader.read(dir, topics);
  }

  static List<String> topicList(String spec) {
    return switch (spec) {
      case "dev" -> EcbPlusReader.DEV_TOPICS;
      case "all" -> List.of();
      case "train" -> {
        List<String> t = new ArrayList<>();
        for (int i = 1; i <= 35; i++) {
          if (!EcbPlusReader.DEV_TOPICS.contains(String.valueOf(i))) {
            t.add(String.valueOf(i));
          }
        }
        yield t;
      }
      default -> Arrays.stream(spec.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    };
  }

  /** One corpus and setting's figures. */
  record Row(String corpus, String setting, int mentions, double detectionP, double detectionR, CorefMetrics.Scores s) {
    String key() {
      return corpus.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + "_" + setting;
    }
  }

  static void print(PrintWriter out, List<Row> rows) {
    out.printf("%-10s %-7s %8s %7s %7s | %6s %6s %6s | %6s %6s %6s | %6s %6s %6s | %6s%n",
        "corpus", "setting", "mentions", "det_P", "det_R", "MUC_R", "MUC_P", "MUC_F", "B3_R", "B3_P", "B3_F",
        "CEAF_R", "CEAF_P", "CEAF_F", "CoNLL");
    StringBuilder result = new StringBuilder("RESULT dedup");
    for (Row r : rows) {
      CorefMetrics.Scores s = r.s();
      out.printf(Locale.ROOT, "%-10s %-7s %8d %7s %7s | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6.3f%n",
          r.corpus(), r.setting(), r.mentions(), fmt(r.detectionP()), fmt(r.detectionR()),
          s.muc().recall(), s.muc().precision(), s.muc().f1(), s.b3().recall(), s.b3().precision(), s.b3().f1(),
          s.ceafe().recall(), s.ceafe().precision(), s.ceafe().f1(), s.conll());
      result.append(String.format(Locale.ROOT, " %s_conll=%.3f %s_muc=%.3f %s_b3=%.3f %s_ceafe=%.3f",
          r.key(), s.conll(), r.key(), s.muc().f1(), r.key(), s.b3().f1(), r.key(), s.ceafe().f1()));
      if (!Double.isNaN(r.detectionP())) {
        result.append(String.format(Locale.ROOT, " %s_detection_p=%.3f %s_detection_r=%.3f",
            r.key(), r.detectionP(), r.key(), r.detectionR()));
      }
    }
    out.println(result);
  }

  private static String fmt(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }
}
