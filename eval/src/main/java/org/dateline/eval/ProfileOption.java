package org.dateline.eval;

import java.nio.file.Path;
import java.util.Locale;
import org.dateline.core.nlp.NlpConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --profile full|fast|lite} for the scorers, so both annotation profiles can be scored. */
public final class ProfileOption {
  @Option(
      names = "--profile",
      defaultValue = "full",
      paramLabel = "full|fast|lite",
      description = "Annotation profile, as for 'dateline code' (default ${DEFAULT-VALUE}).")
  String profile = "full";

  /**
   * The annotation cache file for the chosen profile: {@code ann.jsonl} under {@code full} (as
   * before profiles existed), {@code ann.lite.jsonl} under {@code lite}, so one profile never
   * scores another's annotation (issue 8). Null stays null.
   */
  public @Nullable Path keyed(@Nullable Path cache) {
    String p = profile.toLowerCase(Locale.ROOT);
    if (cache == null || p.equals("full")) {
      return cache;
    }
    String name = cache.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String keyed = dot > 0 ? name.substring(0, dot) + "." + p + name.substring(dot) : name + "." + p;
    return cache.resolveSibling(keyed);
  }

  /** {@code config} under the chosen profile. */
  public NlpConfig apply(NlpConfig config) {
    try {
      return config.withProfile(NlpConfig.Profile.valueOf(profile.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--profile must be full, fast or lite, got '" + profile + "'", e);
    }
  }
}
