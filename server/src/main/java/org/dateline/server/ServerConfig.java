package org.dateline.server;

import org.jspecify.annotations.Nullable;

/**
 * How the server listens.
 *
 * @param host interface to bind; loopback unless the user asks for more
 * @param port 0 picks a free port
 * @param ingestToken when null, POST /api/articles is disabled; otherwise requests must carry it
 *     as {@code Authorization: Bearer <token>}
 * @param maxRequestBytes larger request bodies are refused with 413
 */
public record ServerConfig(String host, int port, @Nullable String ingestToken, long maxRequestBytes) {
  public static final long DEFAULT_MAX_REQUEST_BYTES = 2_000_000;

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, got " + port);
    }
    if (ingestToken != null && ingestToken.length() < 16) {
      throw new IllegalArgumentException("the ingest token must be at least 16 characters");
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes must be at least 1024");
    }
  }
}
