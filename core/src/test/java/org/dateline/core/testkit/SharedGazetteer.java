package org.dateline.core.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.core.geo.Gazetteer;
import org.dateline.core.geo.GazetteerConfig;
import org.dateline.core.geo.GazetteerLoader;

/**
 * The full gazetteer for integration tests: sources from {@code data/geo/node_modules} of this
 * checkout (installed by the build), index in the default cache (built once, ~30 s). One per JVM,
 * loaded on first use; immutable, so sharing it between tests is safe.
 */
public final class SharedGazetteer {
  private static Gazetteer instance;

  private SharedGazetteer() {}

  public static synchronized Gazetteer get() {
    if (instance == null) {
      instance = GazetteerLoader.load(config());
    }
    return instance;
  }

  /** Sources of this checkout, default index location. */
  public static GazetteerConfig config() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("data/geo/package.json"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find data/geo/package.json above the working directory");
    }
    return new GazetteerConfig(dir.resolve("data/geo/node_modules"), GazetteerConfig.defaultIndex());
  }
}
