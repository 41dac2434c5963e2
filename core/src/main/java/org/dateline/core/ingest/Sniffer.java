package org.dateline.core.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dateline.core.ingest.IngestOptions.InputFormat;

/** Guesses the format of a stream from its first bytes, for stdin. */
final class Sniffer {
  private Sniffer() {}

  static InputFormat sniff(byte[] head, int from, int length) {
    if (length - from >= 2 && (head[from] & 0xFF) == 0x1F && (head[from + 1] & 0xFF) == 0x8B) {
      return InputFormat.WARC; // gzip: the only compressed input Dateline reads is .warc.gz
    }
    String start =
        new String(head, from, Math.min(length - from, 1024), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("warc/")) {
      return InputFormat.WARC;
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
      return InputFormat.HTML;
    }
    if (start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")) {
      return start.contains("<rss") || start.contains("<feed") ? InputFormat.FEED : InputFormat.HTML;
    }
    return InputFormat.TEXT;
  }
}
