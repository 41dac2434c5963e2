package org.dateline.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or "dev" when run from classes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = DatelineCli.class.getPackage().getImplementationVersion();
    return new String[] {"dateline " + (v == null ? "dev" : v)};
  }
}
