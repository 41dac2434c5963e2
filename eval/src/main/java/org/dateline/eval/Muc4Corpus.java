package org.dateline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads MUC-3/4 messages and their answer-key templates in the NIST distribution's layout: text
 * files holding many messages, each starting with a line like {@code DEV-MUC3-0001 (NOSC)}, and key
 * files (names starting with {@code key-}) holding numbered slots ({@code 5.  INCIDENT: STAGE OF
 * EXECUTION    ACCOMPLISHED}), a slot's further values on indented continuation lines. Only the
 * slots the status scorer needs are kept.
 */
final class Muc4Corpus {
  private static final Pattern MESSAGE_ID =
      Pattern.compile("^((?:DEV|TST\\d)-MUC\\d-\\d{4})\\b.*$", Pattern.MULTILINE);
  private static final Pattern SLOT = Pattern.compile("^(\\d+)\\.\\s+[A-Z ]+:[A-Z ]+?\\s{2,}(.*)$");
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private Muc4Corpus() {}

  /** One message: its id and raw (upper-case) text, header line included. */
  record Message(String id, String text) {}

  /**
   * One template of a relevant message.
   *
   * @param type incident type ("ATTACK", "KIDNAPPING"); upper case, trimmed
   * @param stages the stage-of-execution alternatives ("ACCOMPLISHED"); empty when unfilled
   * @param confidences the organisation-confidence alternatives ("REPORTED AS FACT"), "BY
   *     AUTHORITIES" folded into "SUSPECTED OR ACCUSED"; empty when unfilled
   * @param fillers the quoted string fills of the perpetrator, target, victim and instrument slots
   *     and the named places of the location slot, lower case
   */
  record Template(
      String messageId,
      String number,
      String type,
      List<String> stages,
      List<String> confidences,
      List<String> fillers) {}

  /** A message with its templates (none for an irrelevant message). */
  record Document(Message message, List<Template> templates) {}

  /** Messages of every text file under {@code dir} joined with the templates of its key files. */
  static List<Document> readDir(Path dir) {
    Map<String, Message> messages = new LinkedHashMap<>();
    Map<String, List<Template>> keys = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!Files.isRegularFile(f) || name.startsWith("text-headers") || name.startsWith("README")) {
          continue;
        }
        String content = Files.readString(f, StandardCharsets.ISO_8859_1);
        if (name.startsWith("key-")) {
          for (Template t : parseKeys(content)) {
            keys.computeIfAbsent(t.messageId(), k -> new ArrayList<>()).add(t);
          }
        } else {
          parseMessages(content).forEach(m -> messages.put(m.id(), m));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read MUC-4 folder " + dir, e);
    }
    List<Document> out = new ArrayList<>();
    for (Message m : messages.values()) {
      out.add(new Document(m, keys.getOrDefault(m.id(), List.of())));
    }
    return out;
  }

  static List<Message> parseMessages(String content) {
    List<Message> out = new ArrayList<>();
    Matcher m = MESSAGE_ID.matcher(content);
    int start = -1;
    String id = null;
    while (m.find()) {
      if (id != null) {
        out.add(new Message(id, content.substring(start, m.start()).stripTrailing()));
      }
      id = m.group(1);
      start = m.start();
    }
    if (id != null) {
      out.add(new Message(id, content.substring(start).stripTrailing()));
    }
    return out;
  }

  /** Templates of a key file; templates of irrelevant messages ({@code TEMPLATE *}) are skipped. */
  static List<Template> parseKeys(String content) {
    List<Template> out = new ArrayList<>();
    Map<Integer, List<String>> slots = new LinkedHashMap<>();
    int last = -1;
    for (String line : content.split("\r?\n")) {
      if (line.startsWith(";")) {
        continue;
      }
      Matcher m = SLOT.matcher(line);
      if (m.matches()) {
        int n = Integer.parseInt(m.group(1));
        if (n == 0 && !slots.isEmpty()) {
          template(slots).ifPresent(out::add);
          slots = new LinkedHashMap<>();
        }
        slots.computeIfAbsent(n, k -> new ArrayList<>()).add(m.group(2).trim());
        last = n;
      } else if (!line.isBlank() && last >= 0 && Character.isWhitespace(line.charAt(0))) {
        slots.computeIfAbsent(last, k -> new ArrayList<>()).add(line.trim());
      }
    }
    if (!slots.isEmpty()) {
      template(slots).ifPresent(out::add);
    }
    return out;
  }

  private static java.util.Optional<Template> template(Map<Integer, List<String>> slots) {
    String id = first(slots, 0).split("\\s+")[0];
    String number = first(slots, 1);
    if (id.isEmpty() || number.startsWith("*")) {
      return java.util.Optional.empty();
    }
    List<String> fillers = new ArrayList<>();
    for (int n : new int[] {6, 9, 10, 12, 18, 19}) {
      for (String v : slots.getOrDefault(n, List.of())) {
        // Every quoted string is a text fill, cross-references included ("\"PRESIDENT\": \"CEREZO\"").
        Matcher q = QUOTED.matcher(v);
        while (q.find()) {
          fillers.add(q.group(1).replace("\\\"", "\"").toLowerCase(Locale.ROOT));
        }
      }
    }
    for (String v : slots.getOrDefault(3, List.of())) {
      String[] parts = v.split("[:;/]");
      // The country alone says little: most messages of a country name it.
      for (String part : parts.length > 1 ? List.of(parts).subList(1, parts.length) : List.of(parts)) {
        String place = part.replaceAll("\\(.*?\\)", "").replace("-", " ").trim();
        if (!place.isEmpty() && !place.equals("*")) {
          fillers.add(place.toLowerCase(Locale.ROOT));
        }
      }
    }
    return java.util.Optional.of(
        new Template(
            id,
            number,
            first(slots, 4).replace("?", "").trim(),
            alternatives(slots.getOrDefault(5, List.of())),
            alternatives(slots.getOrDefault(11, List.of())),
            List.copyOf(fillers)));
  }

  /** Set-fill alternatives ("REPORTED AS FACT / CLAIMED OR ADMITTED: \"URNG\""), de-duplicated. */
  private static List<String> alternatives(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      String classes = v.contains(":") ? v.substring(0, v.indexOf(':')) : v;
      for (String c : classes.replace("?", "").split("/")) {
        String cls = c.replace("BY AUTHORITIES", "").replaceAll("[()]", "").trim();
        if (!cls.isEmpty() && !cls.equals("-") && !cls.equals("*") && !out.contains(cls)) {
          out.add(cls);
        }
      }
    }
    return List.copyOf(out);
  }

  private static String first(Map<Integer, List<String>> slots, int n) {
    List<String> v = slots.get(n);
    return v == null || v.isEmpty() ? "" : v.get(0);
  }
}
