package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.core.events.PloverType;
import org.jspecify.annotations.Nullable;

/**
 * Reads PLOVER gold-standard records (a JSON array of objects with {@code id}, {@code text}, {@code
 * event}, {@code mode}, {@code source} and {@code target} lists of {@code {actorText, code,
 * sector}}). Old labels are mapped (FIGHT → ASSAULT, DEMAND → REQUEST, DISAPPROVE/INVESTIGATE →
 * ACCUSE); records without text or with an unknown label (DOCUMENT) are skipped.
 */
final class PloverGold {
  private PloverGold() {}

  /** One gold actor: country or organisation code, and sector (first three letters, upper case). */
  record GoldActor(String text, String code, @Nullable String sector) {}

  record Record(
      String id, String text, LocalDate date, PloverType type, String label, @Nullable String mode,
      List<GoldActor> sources, List<GoldActor> targets) {}

  static List<Record> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PLOVER gold file " + file, e);
    }
    if (!root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of PLOVER records");
    }
    List<Record> out = new ArrayList<>();
    for (JsonNode r : root) {
      String text = r.path("text").asText("");
      PloverType type = PloverType.ofLabel(r.path("event").asText("")).orElse(null);
      if (text.isBlank() || type == null) {
        continue;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(r.path("date").asText("2000-01-01"));
      } catch (DateTimeParseException e) {
        date = LocalDate.of(2000, 1, 1);
      }
      String mode = r.path("mode").asText("").strip();
      out.add(new Record(r.path("id").asText(), text, date, type, r.path("event").asText(),
          mode.isEmpty() ? null : mode, actors(r.path("source")), actors(r.path("target"))));
    }
    return out;
  }

  private static List<GoldActor> actors(JsonNode list) {
    List<GoldActor> out = new ArrayList<>();
    if (!list.isArray()) {
      return out;
    }
    for (JsonNode a : list) {
      String code = a.path("code").asText("").strip().toUpperCase(Locale.ROOT);
      String sector = a.path("sector").asText("").strip();
      String s = sector.length() >= 3 && !sector.startsWith("*") ? sector.substring(0, 3).toUpperCase(Locale.ROOT) : null;
      if (!code.isEmpty()) {
        out.add(new GoldActor(a.path("actorText").asText(""), code, s));
      }
    }
    return out;
  }
}
