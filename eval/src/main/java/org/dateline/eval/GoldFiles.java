package org.dateline.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates default gold files in the reference-data folder ({@code ../shared/refdata} beside the
 * checkout, or {@code -Ddateline.shared=PATH}). Scorers only; the product never reads it.
 */
final class GoldFiles {
  private GoldFiles() {}

  static Path resolve(String relative) {
    String prop = System.getProperty("dateline.shared");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop).resolve(relative).normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("refdata"))) {
        return candidate.resolve(relative);
      }
      dir = dir.getParent();
    }
    throw new IllegalArgumentException(
        "cannot find the reference data (../shared beside the checkout); pass --file or -Ddateline.shared=PATH");
  }
}
