package org.dateline.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the scorers find the shared gold data when no {@code --dir}/{@code --file} is given: the
 * {@code dateline.shared} system property, else a {@code shared} folder beside the working
 * directory or one of its ancestors. Scorers only; the product never reads it.
 */
public final class RefData {
  private RefData() {}

  public static Path resolve(String relative) {
    String prop = System.getProperty("dateline.shared");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop).resolve(relative).normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("refdata"))) {
        return candidate.resolve(relative).normalize();
      }
      dir = dir.getParent();
    }
    throw new IllegalArgumentException(
        "cannot find the shared gold data (../shared/" + relative + "); pass --dir or --file, or"
            + " set -Ddateline.shared=PATH");
  }
}
