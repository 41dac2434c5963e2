package org.dateline.cli;

/** Exit statuses of every command. */
final class ExitCodes {
  /** Everything read was processed. */
  static final int OK = 0;

  /** The run finished, but at least one item failed (each was reported on stderr). */
  static final int SOME_FAILED = 1;

  /** Bad flags or configuration: nothing was processed. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
