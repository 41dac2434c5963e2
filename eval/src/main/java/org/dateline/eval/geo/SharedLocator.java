package org.dateline.eval.geo;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the reference-data folder for scorers: {@code -Ddateline.shared}, else {@code ../shared}. */
final class SharedLocator {
  private SharedLocator() {}

  /** {@code DIR/refdata} when it exists, else DIR itself. */
  static Path refdata(Path dir) {
    return Files.isDirectory(dir.resolve("refdata")) ? dir.resolve("refdata") : dir;
  }

  static Path root() {
    String prop = System.getProperty("dateline.shared");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return refdata(Path.of(prop));
    }
    String home = System.getProperty("dateline.home");
    Path dir = home != null ? Path.of(home).toAbsolutePath() : Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("refdata"))) {
        return candidate.resolve("refdata");
      }
      dir = dir.getParent();
    }
    throw new IllegalArgumentException("cannot find the reference data (../shared/refdata); pass"
        + " --shared DIR or -Ddateline.shared=DIR");
  }
}
