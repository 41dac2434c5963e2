package org.dateline.cli;

import java.nio.file.Path;
import org.dateline.core.geo.Gazetteer;
import org.dateline.core.geo.GazetteerConfig;
import org.dateline.core.geo.GazetteerLoader;
import picocli.CommandLine.Option;

/** Flags that locate the gazetteer (sources and index). */
final class GazetteerOptions {
  @Option(
      names = "--gazetteer-data",
      paramLabel = "DIR",
      description = "Installed gazetteer packages (default: $DATELINE_GEO_DATA, else data/geo/node_modules"
          + " of the Dateline checkout).")
  Path data;

  @Option(
      names = "--gazetteer-index",
      paramLabel = "FILE",
      description = "Gazetteer index, built from the packages on first use (default:"
          + " $DATELINE_GEO_INDEX, else ~/.cache/dateline/geo/gazetteer-vN.bin).")
  Path index;

  GazetteerConfig config() {
    GazetteerConfig d = GazetteerConfig.defaults();
    return new GazetteerConfig(data == null ? d.sourceDir() : data, index == null ? d.indexFile() : index);
  }

  Gazetteer load() {
    try {
      return GazetteerLoader.load(config());
    } catch (IllegalStateException e) {
      throw new UserException(e.getMessage());
    }
  }
}
