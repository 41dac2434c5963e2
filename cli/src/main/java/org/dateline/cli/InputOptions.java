package org.dateline.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestOptions;
import org.dateline.core.ingest.IngestResult;
import org.dateline.core.model.ItemFailure;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input flags shared by the commands that read articles. */
final class InputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR|-",
      description =
          "Plain-text files (first line may be a dateline), .jsonl files (one article per line:"
              + " id, url, source, published, title, text), directories of them, or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date of plain-text articles (relative dates resolve against it).")
  String date;

  @Option(names = "--source", paramLabel = "NAME", description = "Outlet of plain-text articles.")
  String source;

  @Option(
      names = "--format",
      defaultValue = "auto",
      paramLabel = "FORMAT",
      description = "How to read inputs: auto (default: by extension .jsonl .html .rss/.atom/.xml .warc[.gz], and by content for stdin), text, jsonl, html, feed or warc.")
  String format;

  @Option(
      names = "--max-bytes",
      defaultValue = "" + IngestOptions.DEFAULT_MAX_BYTES,
      description = "Refuse articles larger than this (default ${DEFAULT-VALUE}).")
  long maxBytes;

  IngestOptions ingestOptions() {
    LocalDate d = null;
    if (date != null) {
      try {
        d = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new UserException("--date must be YYYY-MM-DD, got '" + date + "'");
      }
    }
    IngestOptions.InputFormat f;
    try {
      f = IngestOptions.InputFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException("--format must be auto, text, jsonl, html, feed or warc, got '" + format + "'");
    }
    return new IngestOptions(f, d, source, maxBytes);
  }

  /** All inputs, lazily, in the order given; a missing path is one failed item, not a crash. */
  Iterator<IngestResult> open(InputStream stdin) {
    ArticleReader reader = new ArticleReader(ingestOptions());
    Iterator<String> names = inputs.iterator();
    return new Iterator<>() {
      private Iterator<IngestResult> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && names.hasNext()) {
          String name = names.next();
          if (name.equals("-")) {
            current = reader.read(stdin, "-");
          } else if (!Files.exists(Path.of(name))) {
            current =
                List.<IngestResult>of(
                        new IngestResult.Failed(new ItemFailure(name, "ingest", "no such file or directory")))
                    .iterator();
          } else {
            current = reader.read(Path.of(name));
          }
        }
        return current.hasNext();
      }

      @Override
      public IngestResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
