package org.dateline.eval;

import java.util.Locale;
import org.dateline.core.nlp.NlpConfig;
import picocli.CommandLine.Option;

/** {@code --profile fast|full} for the scorers, so both annotation profiles can be scored. */
public final class ProfileOption {
  @Option(
      names = "--profile",
      defaultValue = "full",
      paramLabel = "fast|full",
      description = "Annotation profile, as for 'dateline code' (default ${DEFAULT-VALUE}).")
  String profile = "full";

  /** {@code config} under the chosen profile. */
  public NlpConfig apply(NlpConfig config) {
    try {
      return config.withProfile(NlpConfig.Profile.valueOf(profile.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--profile must be fast or full, got '" + profile + "'", e);
    }
  }
}
