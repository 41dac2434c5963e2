package org.dateline.core.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into article text, refusing what is not text: binary data and invalid UTF-8 are
 * reported with a reason instead of being silently mangled into replacement characters.
 */
final class TextDecoder {
  private TextDecoder() {}

  /** Thrown for bytes that are not UTF-8 text; the message is meant for the user. */
  static final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    NotTextException(String message) {
      super(message);
    }
  }

  static String decode(byte[] bytes) throws NotTextException {
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3; // UTF-8 byte-order mark
    }
    if (looksBinary(bytes, start)) {
      throw new NotTextException("binary data, not text");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return decoder.decode(buffer).toString();
    } catch (MalformedInputException e) {
      throw new NotTextException("invalid UTF-8 at byte " + buffer.position());
    } catch (CharacterCodingException e) {
      throw new NotTextException("invalid UTF-8: " + e.getMessage());
    }
  }

  /** NUL bytes, or many control characters in the first 8 KB, mean this is not a text file. */
  static boolean looksBinary(byte[] bytes, int start) {
    int n = Math.min(bytes.length, start + 8192);
    int control = 0;
    for (int i = start; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > start && control * 20 > (n - start);
  }
}
