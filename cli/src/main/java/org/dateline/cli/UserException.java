package org.dateline.cli;

/** A mistake the user can fix (a missing file, a bad flag value); printed as one line. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }
}
