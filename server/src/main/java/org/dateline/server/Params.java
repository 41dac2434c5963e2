package org.dateline.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads query parameters strictly: a value that does not parse is an {@link
 * IllegalArgumentException} naming the parameter (answered with 400), never a silent default.
 */
final class Params {
  private Params() {}

  static @Nullable String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  static @Nullable LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be an ISO date YYYY-MM-DD, got '" + v + "'");
    }
  }

  static int integer(Context ctx, String name, int fallback) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, got '" + v + "'");
    }
  }

  /** A repeatable parameter, also accepting comma-separated values ({@code type=A,B&type=C}). */
  static List<String> list(Context ctx, String name) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /** One of the allowed values (case-insensitive), or the fallback when absent. */
  static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type, E fallback) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v.replace('-', '_'))) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    throw new IllegalArgumentException(name + " must be one of " + String.join(", ", names) + ", got '" + v + "'");
  }
}
