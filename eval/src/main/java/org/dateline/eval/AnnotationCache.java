package org.dateline.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dateline.core.json.DocumentJson;
import org.dateline.core.json.DocumentJsonReader;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.nlp.LanguageAnnotator;
import org.jspecify.annotations.Nullable;

/**
 * Annotates articles once and keeps the result in a JSON Lines file ({@code dateline/1} records),
 * so a scorer can re-run its rules without running CoreNLP again. Articles whose id and text are in
 * the cache are read from it; the rest are annotated and the cache rewritten. Not thread-safe.
 */
final class AnnotationCache {
  private final @Nullable Path file;
  private final Supplier<LanguageAnnotator> annotator;

  AnnotationCache(@Nullable Path file, Supplier<LanguageAnnotator> annotator) {
    this.file = file;
    this.annotator = annotator;
  }

  List<AnnotatedDocument> annotate(List<Article> articles) {
    Map<String, AnnotatedDocument> cached = new HashMap<>();
    DocumentJsonReader reader = new DocumentJsonReader();
    if (file != null && Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            AnnotatedDocument d = reader.read(line);
            cached.put(d.article().id() + "\u0000" + d.article().text(), d);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read annotation cache " + file, e);
      }
    }
    List<AnnotatedDocument> out = new ArrayList<>();
    LanguageAnnotator nlp = null;
    boolean changed = false;
    for (Article a : articles) {
      AnnotatedDocument d = cached.get(a.id() + "\u0000" + a.text());
      if (d == null) {
        if (nlp == null) {
          nlp = annotator.get();
        }
        d = nlp.annotate(a);
        changed = true;
      }
      out.add(d);
    }
    if (file != null && changed) {
      DocumentJson json = new DocumentJson();
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (AnnotatedDocument d : out) {
          w.write(json.toJsonLine(new CodedDocument(d)));
          w.write('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write annotation cache " + file, e);
      }
    }
    return out;
  }
}
