package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.store.ArticleStore;
import org.dateline.store.export.ExportFormat;
import org.dateline.store.export.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `dateline export`: stored events in the formats event-data users read. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the stored events that match the filters, oldest first.",
      "Formats: csv, jsonl, parquet (needs --out), geojson (located events only), plover (PLOVER JSON Lines),",
      "phoenix (Phoenix-style TSV)."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", required = true, paramLabel = "PATH|JDBC-URL", description = "The store to read.")
  String store;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, jsonl, parquet, geojson, plover or phoenix.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout (required for parquet).")
  Path out;

  @Mixin EventFilterOptions filters = new EventFilterOptions();

  @Override
  public Integer call() throws IOException {
    ExportFormat f = ExportFormat.parse(format);
    var query = filters.query().build();
    if (out != null) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new UserException("--out: directory does not exist: " + parent);
      }
    }
    QueryCommand.requireExisting(store);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.flush();
    try (ArticleStore db = ArticleStore.open(store)) {
      long n = Exports.export(db, query, f, out, stdout);
      stdout.flush();
      spec.commandLine().getErr().printf(Locale.ROOT, "%d events exported as %s%s%n", n, f.name().toLowerCase(Locale.ROOT),
          out == null ? "" : " to " + out);
    }
    return ExitCodes.OK;
  }
}
