package org.dateline.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.dateline.core.json.DocumentJson;
import org.dateline.core.json.DocumentJsonReader;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.Layer;
import org.dateline.core.nlp.LanguageAnnotator;
import org.jspecify.annotations.Nullable;

/**
 * Annotates articles, optionally through a JSON Lines cache ({@code --cache FILE}) so a scorer can
 * be re-run on the same corpus without CoreNLP. A cached record is used only if its text equals the
 * article's. Not thread-safe.
 */
public final class CachingAnnotator {
  private final Supplier<LanguageAnnotator> factory;
  private final Set<Layer> layers;
  private @Nullable LanguageAnnotator annotator;
  private final @Nullable Path file;
  private final Map<String, AnnotatedDocument> cached = new HashMap<>();

  /**
   * @param factory builds the annotator, only when an article is not in the cache (loading CoreNLP
   *     takes 30 s)
   * @param layers the layers a cached record must carry to be used
   */
  public CachingAnnotator(Supplier<LanguageAnnotator> factory, Set<Layer> layers, @Nullable Path file) {
    this.factory = factory;
    this.layers = Set.copyOf(layers);
    this.file = file;
    if (file != null && Files.isRegularFile(file)) {
      DocumentJsonReader reader = new DocumentJsonReader();
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            AnnotatedDocument d = reader.read(line);
            cached.put(d.article().id(), d);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read cache " + file, e);
      }
    }
  }

  public AnnotatedDocument annotate(Article article) {
    AnnotatedDocument hit = cached.get(article.id());
    if (hit != null && hit.article().text().equals(article.text())
        && hit.layers().containsAll(layers)) {
      return hit;
    }
    if (annotator == null) {
      annotator = factory.get();
    }
    AnnotatedDocument doc = annotator.annotate(article);
    if (file != null) {
      try (BufferedWriter w =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        w.write(new DocumentJson().toJsonLine(new CodedDocument(doc)));
        w.newLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write cache " + file, e);
      }
    }
    cached.put(article.id(), doc);
    return doc;
  }
}
