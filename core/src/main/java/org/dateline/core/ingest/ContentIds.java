package org.dateline.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-derived article ids, stable across runs, for inputs that carry no id. */
public final class ContentIds {
  private ContentIds() {}

  /** {@code "sha256:"} plus the first 16 hex digits of the text's SHA-256. */
  public static String of(String text) {
    return "sha256:" + sha256Hex(text).substring(0, 16);
  }

  /** The SHA-256 of the text's UTF-8 bytes, as 64 hex digits. */
  public static String sha256Hex(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }
}
