package org.dateline.eval.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads EUPEG gold data (Wang and Hu 2019): a line file ({@code name,,mention,,lat,,lon,,start,,end
 * ||...}, one document per line) and the corpus texts it points into, either a folder holding one
 * file per line number (WikToR: {@code corpora/WikToR/0, 1, ...}) or GeoCorpora's tweet table
 * ({@code geocorpora.tsv}). Each {@link GoldDocument}'s id is its line number in the gold file, so
 * peers' outputs (same line order) can be scored on exactly the documents read.
 */
public final class EupegReader {
  /** How far ahead in the tweet table a gold line's tweet may be (the gold skips some tweets). */
  private static final int TWEET_WINDOW = 80;

  /** What was read, and how many gold lines had no text that fits their toponyms. */
  public record Result(List<GoldDocument> documents, int unaligned) {}

  /** Reads {@code gold} with the texts in {@code texts} (a folder, or a {@code .tsv} table). */
  public Result read(Path gold, Path texts) {
    List<List<GoldToponym>> lines = new GeoCorpusReader().readLines(gold);
    lines = exclusiveEnds(lines);
    if (Files.isDirectory(texts)) {
      List<GoldDocument> out = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        Path f = texts.resolve(Integer.toString(i));
        if (!Files.isRegularFile(f)) {
          throw new IllegalArgumentException("no text for gold line " + (i + 1) + ": " + f);
        }
        out.add(new GoldDocument(Integer.toString(i), read(f), lines.get(i)));
      }
      return new Result(out, 0);
    }
    return alignTweets(lines, tweets(texts));
  }

  /**
   * Some EUPEG gold files (GeoCorpora) give inclusive ends; the scorer wants exclusive ones, like
   * every peer output. Decided per file from the mentions' lengths.
   */
  static List<List<GoldToponym>> exclusiveEnds(List<List<GoldToponym>> lines) {
    int inclusive = 0;
    int exclusive = 0;
    for (List<GoldToponym> l : lines) {
      for (GoldToponym t : l) {
        int len = t.end() - t.start();
        if (len == t.name().length()) {
          exclusive++;
        } else if (len == t.name().length() - 1) {
          inclusive++;
        }
      }
    }
    if (inclusive <= exclusive) {
      return lines;
    }
    return lines.stream().map(l -> l.stream().map(t -> new GoldToponym(t.start(), t.end() + 1,
        t.name(), t.lat(), t.lon())).toList()).toList();
  }

  /**
   * Gold lines follow the table's tweet order but skip tweets; each line takes the next tweet
   * (within a window) whose text shows every gold mention at its offsets, ignoring case.
   */
  private static Result alignTweets(List<List<GoldToponym>> lines, List<String> tweets) {
    List<GoldDocument> out = new ArrayList<>();
    int next = 0;
    int unaligned = 0;
    for (int i = 0; i < lines.size(); i++) {
      List<GoldToponym> tops = lines.get(i);
      int found = -1;
      for (int k = next; k < Math.min(tweets.size(), next + TWEET_WINDOW) && !tops.isEmpty(); k++) {
        if (fits(tweets.get(k), tops)) {
          found = k;
          break;
        }
      }
      if (found < 0) {
        unaligned++;
        continue;
      }
      out.add(new GoldDocument(Integer.toString(i), tweets.get(found), tops));
      next = found + 1;
    }
    return new Result(out, unaligned);
  }

  private static boolean fits(String text, List<GoldToponym> tops) {
    for (GoldToponym t : tops) {
      if (t.end() > text.length() || !text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT)
          .equals(t.name().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Distinct tweet texts of GeoCorpora's table, in order (one row per toponym). */
  static List<String> tweets(Path tsv) {
    List<List<String>> rows = parseTsv(read(tsv));
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> header = rows.get(0);
    int id = header.indexOf("tweet_id_str");
    int text = header.indexOf("tweet_text");
    if (id < 0 || text < 0) {
      throw new IllegalArgumentException(tsv + ": expected tweet_id_str and tweet_text columns");
    }
    Map<String, String> byId = new LinkedHashMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() > Math.max(id, text)) {
        byId.putIfAbsent(r.get(id), r.get(text));
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** Tab-separated values with double-quoted fields that may hold tabs, newlines and "". */
  static List<List<String>> parseTsv(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        continue;
      }
      if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (c == '\t') {
        row.add(field.toString());
        field.setLength(0);
        fieldStart = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        fieldStart = true;
      } else {
        field.append(c);
        fieldStart = false;
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  /** UTF-8, with each malformed byte (GeoCorpora has some Latin-1) read as U+FFFD. */
  private static String read(Path f) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }
}
