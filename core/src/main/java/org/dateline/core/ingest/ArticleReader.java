package org.dateline.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dateline.core.ingest.IngestOptions.InputFormat;
import org.jspecify.annotations.Nullable;

/**
 * Reads articles from files, directories and streams, lazily, one {@link IngestResult} per item.
 *
 * <p>Plain-text files are one article each (the first line may carry a dateline); {@code .jsonl}
 * files hold one article per line. A directory is walked in name order, hidden files skipped. Every
 * problem with one item (unreadable, empty, binary, invalid UTF-8, bad JSON, missing text, too
 * large) becomes a {@link IngestResult.Failed} and reading goes on with the next item.
 *
 * <p>Instances are immutable and thread-safe; the iterators they return are not.
 */
public final class ArticleReader {
  private final IngestOptions options;
  private final PlainTextArticles plainText;
  private final JsonLinesArticles jsonLines;
  private final HtmlArticles html;
  private final FeedArticles feeds;
  private final WarcArticles warcs;

  public ArticleReader(IngestOptions options) {
    this.options = options;
    this.plainText = new PlainTextArticles(options);
    this.jsonLines = new JsonLinesArticles(options);
    this.html = new HtmlArticles(options);
    this.feeds = new FeedArticles(options, html);
    this.warcs = new WarcArticles(html, options.maxBytes());
  }

  /** Reads a file or a directory tree. */
  public Iterator<IngestResult> read(Path path) {
    if (Files.isDirectory(path)) {
      List<Path> files;
      try {
        files = listFiles(path);
      } catch (IOException e) {
        return List.<IngestResult>of(IngestResult.Failed.of(path.toString(), describe(e)))
            .iterator();
      }
      return new FlatIterator(files.iterator(), path);
    }
    return readFile(path, path.getParent());
  }

  /**
   * Reads one stream that holds the content of a file: the format follows {@code relativeName}'s
   * extension as for files, and plain-text ids derive from it. For inputs on other file systems
   * (Spark reads HDFS or S3 this way).
   */
  public Iterator<IngestResult> readFileStream(InputStream in, String name, String relativeName) {
    Path rel = Path.of(relativeName);
    String id = idFor(rel, null);
    return switch (formatOf(rel)) {
      case JSONL -> jsonLines.read(() -> in, name);
      case WARC -> warcs.read(() -> in, name);
      case HTML -> single(() -> html.read(readLimited(in, options.maxBytes() * 4), name, id, null, null));
      case FEED -> readAll(() -> feeds.read(readLimited(in, options.maxBytes() * 16), name, null), name);
      case TEXT, AUTO -> single(() -> plainText.read(readLimited(in, options.maxBytes()), name, id));
    };
  }

  /** Reads at most max + 1 bytes, so an oversized item is refused without holding all of it. */
  private static byte[] readLimited(InputStream in, long max) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
  }

  /** Reads one stream, named {@code name} in messages (stdin is {@code "-"}). */
  public Iterator<IngestResult> read(InputStream in, String name) {
    return switch (options.format()) {
      case JSONL -> jsonLines.read(() -> in, name);
      case TEXT -> single(() -> plainText.read(in.readAllBytes(), name, "stdin"));
      case HTML -> single(() -> html.read(in.readAllBytes(), name, "stdin", null, null));
      case FEED -> readAll(() -> feeds.read(in.readAllBytes(), name, null), name);
      case WARC -> warcs.read(() -> in, name);
      case AUTO -> sniffing(in, name);
    };
  }

  private Iterator<IngestResult> sniffing(InputStream in, String name) {
    java.io.PushbackInputStream pin = new java.io.PushbackInputStream(in, 8192);
    try {
      byte[] head = new byte[8192];
      int n = pin.readNBytes(head, 0, head.length);
      pin.unread(head, 0, n);
      int i = 0;
      if (n >= 3 && (head[0] & 0xFF) == 0xEF) {
        i = 3;
      }
      while (i < n && Character.isWhitespace(head[i])) {
        i++;
      }
      if (i < n && head[i] == '{') {
        return jsonLines.read(() -> pin, name);
      }
      InputFormat sniffed = Sniffer.sniff(head, i, n);
      return switch (sniffed) {
        case HTML -> single(() -> html.read(pin.readAllBytes(), name, "stdin", null, null));
        case FEED -> readAll(() -> feeds.read(pin.readAllBytes(), name, null), name);
        case WARC -> warcs.read(() -> pin, name);
        default -> single(() -> plainText.read(pin.readAllBytes(), name, "stdin"));
      };
    } catch (IOException e) {
      return single(() -> IngestResult.Failed.of(name, describe(e)));
    }
  }

  private Iterator<IngestResult> readFile(Path file, Path root) {
    String name = file.toString();
    return switch (formatOf(file)) {
      case JSONL -> jsonLines.read(() -> Files.newInputStream(file), name);
      case WARC -> warcs.read(() -> Files.newInputStream(file), name);
      case HTML -> single(() -> readSmallFile(file, bytes -> html.read(bytes, name, idFor(file, root), null, null)));
      case FEED -> readAll(() -> {
        IngestResult size = checkSize(file, options.maxBytes() * 16);
        return size != null ? List.of(size) : feeds.read(Files.readAllBytes(file), name, file.toAbsolutePath().getParent());
      }, name);
      case TEXT, AUTO -> single(() -> readTextFile(file, root));
    };
  }

  @FunctionalInterface
  private interface BytesHandler {
    IngestResult handle(byte[] bytes);
  }

  private IngestResult readSmallFile(Path file, BytesHandler handler) throws IOException {
    IngestResult size = checkSize(file, options.maxBytes() * 4);
    return size != null ? size : handler.handle(Files.readAllBytes(file));
  }

  private static IngestResult checkSize(Path file, long max) throws IOException {
    long size = Files.size(file);
    return size > max ? IngestResult.Failed.of(file.toString(), PlainTextArticles.tooLarge(size, max)) : null;
  }

  @FunctionalInterface
  private interface ListSupplier {
    List<IngestResult> get() throws IOException;
  }

  private static Iterator<IngestResult> readAll(ListSupplier supplier, String name) {
    try {
      return supplier.get().iterator();
    } catch (IOException e) {
      return List.<IngestResult>of(IngestResult.Failed.of(name, describe(e))).iterator();
    }
  }

  private IngestResult readTextFile(Path file, Path root) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > options.maxBytes()) {
        return IngestResult.Failed.of(name, PlainTextArticles.tooLarge(size, options.maxBytes()));
      }
      byte[] bytes = Files.readAllBytes(file);
      return plainText.read(bytes, name, idFor(file, root));
    } catch (IOException e) {
      return IngestResult.Failed.of(name, describe(e));
    }
  }

  private InputFormat formatOf(Path file) {
    if (options.format() != InputFormat.AUTO) {
      return options.format();
    }
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return InputFormat.JSONL;
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return InputFormat.WARC;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return InputFormat.HTML;
    }
    if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
      return InputFormat.FEED;
    }
    return InputFormat.TEXT;
  }

  /** Plain-text article ids are the file's path below the input root, without its extension. */
  static String idFor(Path file, @Nullable Path root) {
    Path rel = root == null ? file : root.relativize(file);
    String s = rel.toString().replace('\\', '/');
    int dot = s.lastIndexOf('.');
    int slash = s.lastIndexOf('/');
    return dot > slash + 1 ? s.substring(0, dot) : s;
  }

  private static List<Path> listFiles(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> !p.equals(dir))
          .filter(p -> !isHidden(dir.relativize(p)))
          .filter(p -> !Files.isDirectory(p))
          .forEach(out::add);
    }
    Collections.sort(out);
    return out;
  }

  private static boolean isHidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return "cannot read: " + (m == null ? e.getClass().getSimpleName() : m);
  }

  /** A source of bytes opened only when iteration starts, so unopenable files fail per item. */
  @FunctionalInterface
  interface BytesSource {
    InputStream open() throws IOException;
  }

  @FunctionalInterface
  private interface ResultSupplier {
    IngestResult get() throws IOException;
  }

  private static Iterator<IngestResult> single(ResultSupplier supplier) {
    return new Iterator<>() {
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public IngestResult next() {
        if (done) {
          throw new NoSuchElementException();
        }
        done = true;
        try {
          return supplier.get();
        } catch (IOException e) {
          return IngestResult.Failed.of("-", describe(e));
        }
      }
    };
  }

  private final class FlatIterator implements Iterator<IngestResult> {
    private final Iterator<Path> files;
    private final Path root;
    private Iterator<IngestResult> current = Collections.emptyIterator();

    FlatIterator(Iterator<Path> files, Path root) {
      this.files = files;
      this.root = root;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && files.hasNext()) {
        current = readFile(files.next(), root);
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
  }
}
