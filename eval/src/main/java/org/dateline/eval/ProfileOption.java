package org.dateline.eval;

import java.util.Locale;
import org.dateline.core.nlp.NlpConfig;
import picocli.CommandLine.Option;

/** {@code --profile full|fast|lite} for the scorers, so both annotation profiles can be scored. */
public final class ProfileOption {
  @Option(
      names = "--profile",
      defaultValue = "full",
      paramLabel = "full|fast|lite",
      description = "Annotation profile, as for 'dateline code' (default ${DEFAULT-VALUE}).")
  String profile = "full";

  /** {@code config} under the chosen profile. */
  public NlpConfig apply(NlpConfig config) {
    try {
      return config.withProfile(NlpConfig.Profile.valueOf(profile.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--profile must be full, fast or lite, got '" + profile + "'", e);
    }
  }
}
