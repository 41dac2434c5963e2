package org.dateline.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dateline.core.model.Article;
import org.dateline.core.model.Dateline;
import org.jspecify.annotations.Nullable;

/**
 * JSON Lines: one article object per line with {@code id, url, source, published, title, text};
 * other fields are kept in {@link Article#extra()}. Each line succeeds or fails on its own.
 */
final class JsonLinesArticles {
  private static final Set<String> KNOWN = Set.of("id", "url", "source", "published", "title", "text");
  private final IngestOptions options;
  private final ObjectMapper mapper = new ObjectMapper();
  private final DatelineParser datelines = new DatelineParser();

  JsonLinesArticles(IngestOptions options) {
    this.options = options;
  }

  Iterator<IngestResult> read(ArticleReader.BytesSource source, String name) {
    return new LineIterator(source, name);
  }

  IngestResult parseLine(byte[] line, String item) {
    String text;
    try {
      text = TextDecoder.decode(line);
    } catch (TextDecoder.NotTextException e) {
      return IngestResult.Failed.of(item, e.getMessage());
    }
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      return IngestResult.Failed.of(item, "invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return IngestResult.Failed.of(item, "expected a JSON object per line");
    }
    JsonNode body = node.get("text");
    if (body == null || body.isNull()) {
      return IngestResult.Failed.of(item, "missing required field \"text\"");
    }
    if (!body.isTextual()) {
      return IngestResult.Failed.of(item, "field \"text\" must be a string");
    }
    if (body.asText().isBlank()) {
      return IngestResult.Failed.of(item, "field \"text\" is empty");
    }
    LocalDate published;
    try {
      published = date(node.get("published"));
    } catch (DateTimeParseException e) {
      return IngestResult.Failed.of(
          item, "field \"published\" is not a date (YYYY-MM-DD): " + node.get("published"));
    }
    if (published == null) {
      published = options.date();
    }
    String id = string(node.get("id"));
    if (id == null || id.isBlank()) {
      id = ContentIds.of(body.asText());
    }
    String source = string(node.get("source"));
    Map<String, Object> extra = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            e -> {
              if (!KNOWN.contains(e.getKey())) {
                extra.put(e.getKey(), mapper.convertValue(e.getValue(), Object.class));
              }
            });
    String articleText = body.asText();
    Dateline dateline = datelines.parse(articleText, published).orElse(null);
    return new IngestResult.Ok(
        new Article(
            id,
            item,
            articleText,
            string(node.get("title")),
            string(node.get("url")),
            source != null ? source : options.source(),
            published,
            dateline,
            extra));
  }

  private static @Nullable String string(@Nullable JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    return n.isValueNode() ? n.asText() : n.toString();
  }

  /** Accepts a date or the date part of an ISO date-time ("2015-12-26T10:00:00Z"). */
  private static @Nullable LocalDate date(@Nullable JsonNode n) {
    if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
      return null;
    }
    String s = n.asText().trim();
    if (s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
      s = s.substring(0, 10);
    }
    return LocalDate.parse(s);
  }

  /** Splits a byte stream into lines without decoding it, so one bad line cannot spoil others. */
  private final class LineIterator extends SteppingIterator {
    private final ArticleReader.BytesSource source;
    private final String name;
    private @Nullable InputStream in;
    private int lineNo;

    LineIterator(ArticleReader.BytesSource source, String name) {
      this.source = source;
      this.name = name;
    }

    @Override
    protected @Nullable IngestResult step() {
      try {
        if (in == null) {
          in = new BufferedInputStream(source.open(), 1 << 16);
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          if (line.size() <= options.maxBytes()) {
            line.write(b);
          } else {
            tooLong = true;
          }
        }
        if (b == -1) {
          finish();
          in.close();
          if (line.size() == 0) {
            return lineNo == 0 ? IngestResult.Failed.of(name, "empty file") : null;
          }
        }
        lineNo++;
        String item = name + ":" + lineNo;
        if (tooLong) {
          return IngestResult.Failed.of(
              item, "line too long for one article (limit " + options.maxBytes() + " bytes)");
        }
        byte[] bytes = line.toByteArray();
        if (isBlank(bytes)) {
          return null;
        }
        return parseLine(bytes, item);
      } catch (IOException e) {
        finish();
        closeQuietly();
        return IngestResult.Failed.of(
            lineNo == 0 ? name : name + ":" + (lineNo + 1), ArticleReader.describe(e));
      }
    }

    private void closeQuietly() {
      if (in != null) {
        try {
          in.close();
        } catch (IOException e) {
          throw new UncheckedIOException("closing " + name, e);
        }
      }
    }

    private boolean isBlank(byte[] bytes) {
      for (byte x : bytes) {
        if (!Character.isWhitespace(x)) {
          return false;
        }
      }
      return true;
    }
  }
}
