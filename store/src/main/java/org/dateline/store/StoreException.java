package org.dateline.store;

/** A database failure, with the operation and the store (credentials hidden) in its message. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
