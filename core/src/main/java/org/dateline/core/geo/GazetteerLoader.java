package org.dateline.core.geo;

/**
 * Loads the gazetteer index, building it from the npm sources first when it is missing or stale.
 * Build once (~1 min), then every load takes about a second. Stateless; thread-safe, though two
 * processes building at once each write the whole file (the move is atomic).
 */
public final class GazetteerLoader {
  private GazetteerLoader() {}

  /** Loads (building if needed) the gazetteer described by {@code config}. */
  public static Gazetteer load(GazetteerConfig config) {
    if (!config.indexIsFresh()) {
      NpmGazetteerSource.check(config.sourceDir());
      Gazetteer built = new NpmGazetteerSource().read(config.sourceDir()).build();
      GazetteerFile.write(built, config.indexFile());
      return built;
    }
    return GazetteerFile.read(config.indexFile());
  }
}
