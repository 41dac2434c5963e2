package org.dateline.core.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only reference data ({@code ../shared} beside the checkout) for tests and
 * scorers. The product itself never reads it.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder: the {@code dateline.shared} property, else the first {@code shared} beside an ancestor. */
  public static Path root() {
    String prop = System.getProperty("dateline.shared");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop).normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isRegularFile(candidate.resolve("seed-article.txt"))) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("cannot find ../shared (set -Ddateline.shared=PATH)");
  }

  public static Path resolve(String relative) {
    return root().resolve(relative);
  }

  public static Path seedArticle() {
    return resolve("seed-article.txt");
  }
}
