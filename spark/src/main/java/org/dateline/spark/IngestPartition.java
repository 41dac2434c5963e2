package org.dateline.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.dateline.core.ingest.ArticleReader;
import org.dateline.core.ingest.IngestResult;
import scala.Tuple2;

/**
 * Reads the files of one partition, lazily, into articles and per-item failures, named as {@code
 * dateline code} names them. Cheap next to coding, so it runs before the articles are spread over
 * the task slots.
 */
final class IngestPartition implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, PortableItem> {
  private static final long serialVersionUID = 1L;
  private final SparkJobOptions options;
  private final String root;

  IngestPartition(SparkJobOptions options, String root) {
    this.options = options;
    this.root = root;
  }

  @Override
  public Iterator<PortableItem> call(Iterator<Tuple2<String, PortableDataStream>> files) {
    ArticleReader reader = new ArticleReader(options.ingestOptions());
    return new Iterator<>() {
      private Iterator<IngestResult> current = Collections.emptyIterator();
      private InputStream open;

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          closeOpen();
          if (!files.hasNext()) {
            return false;
          }
          Tuple2<String, PortableDataStream> f = files.next();
          String name = displayName(f._1());
          String relative = f._1().startsWith(root + "/") ? f._1().substring(root.length() + 1) : name;
          open = f._2().open();
          current = reader.readFileStream(open, name, relative);
        }
        return true;
      }

      @Override
      public PortableItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return PortableItem.of(current.next());
      }

      private void closeOpen() {
        if (open != null) {
          try {
            open.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          open = null;
        }
      }
    };
  }

  /** Local files are named by their path, as the CLI names them; others by their URI. */
  static String displayName(String uri) {
    return uri.startsWith("file:") ? URI.create(uri).getPath() : uri;
  }
}
