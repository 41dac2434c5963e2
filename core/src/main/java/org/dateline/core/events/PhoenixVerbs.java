package org.dateline.core.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Imports a PETRARCH verb dictionary (CAMEO verb patterns, format in PETRARCH's {@code
 * dictionaries.rst}): synsets ({@code &NAME} with {@code +member} lines), verb blocks ({@code ---
 * NAME [code] ---}) with their verbs and synonyms ({@code +VERB}, {@code +BEEF_UP}, {@code
 * WIRE_+TAP}), and patterns ({@code - before * after [code]}). Each verb becomes a {@link Trigger}
 * with the block's (or its own) code; each pattern a {@link VerbPattern}. Codes map to PLOVER types
 * through {@link CameoPlover}; codes outside CAMEO keep a null type. Word order inside a pattern and
 * the source/target markers ({@code $ + %}) are not enforced. Stateless.
 */
public final class PhoenixVerbs {
  private PhoenixVerbs() {}

  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern BLOCK = Pattern.compile("^---\\s*(.*?)\\s*(\\[[^\\]]*\\])?\\s*---");

  /** The triggers and patterns of one verb file. */
  public record Imported(List<Trigger> triggers, List<VerbPattern> patterns) {}

  public static Imported read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read verb dictionary " + file, e);
    }
    Map<String, List<String>> synsets = new HashMap<>();
    List<Trigger> triggers = new ArrayList<>();
    List<VerbPattern> patterns = new ArrayList<>();
    String synset = null;
    String blockCode = null;
    List<String> blockVerbs = new ArrayList<>();
    for (String raw : lines) {
      String line = stripComment(raw).strip();
      if (line.isEmpty()) {
        synset = null;
        continue;
      }
      Matcher block = BLOCK.matcher(line);
      if (block.find()) {
        synset = null;
        blockVerbs = new ArrayList<>();
        blockCode = block.group(2) == null ? null : code(block.group(2));
        continue;
      }
      if (line.startsWith("&")) {
        synset = line.split("\\s+")[0].toUpperCase(Locale.ROOT);
        synsets.put(synset, new ArrayList<>());
        continue;
      }
      if (synset != null && line.startsWith("+")) {
        synsets.get(synset).add(line.substring(1).replace('_', ' ').strip().toLowerCase(Locale.ROOT));
        continue;
      }
      if (line.startsWith("-")) {
        Matcher m = CODE.matcher(line);
        String body = line.substring(1);
        String c = blockCode;
        int lastCode = -1;
        while (m.find()) {
          lastCode = m.start();
          c = code(m.group(0));
        }
        if (lastCode >= 0) {
          body = line.substring(1, lastCode);
        }
        String[] halves = body.split("\\*", 2);
        List<Set<String>> before = elements(halves[0], synsets);
        List<Set<String>> after = halves.length > 1 ? elements(halves[1], synsets) : List.of();
        for (String v : blockVerbs) {
          patterns.add(new VerbPattern(v, before, after, trigger(v, null, c)));
        }
        continue;
      }
      if (blockCode == null && blockVerbs.isEmpty() && BLOCK.matcher(line).find()) {
        continue;
      }
      // a verb line: VERB, +SYNONYM, +BEEF_UP, WIRE_+TAP, with optional {forms} and [code]
      String own = null;
      Matcher m = CODE.matcher(line);
      if (m.find()) {
        own = code(m.group(0));
        line = line.substring(0, m.start());
      }
      line = line.replaceAll("\\{[^}]*\\}", "").strip();
      if (line.startsWith("+")) {
        line = line.substring(1);
      }
      String[] words = line.replace("_", " ").strip().toLowerCase(Locale.ROOT).split("\\s+");
      int verbAt = 0;
      for (int i = 0; i < words.length; i++) {
        if (words[i].startsWith("+")) {
          verbAt = i;
          words[i] = words[i].substring(1);
        }
      }
      if (words.length == 0 || words[verbAt].isBlank() || !words[verbAt].chars().allMatch(Character::isLetter)) {
        continue;
      }
      String verb = words[verbAt];
      String particle = verbAt + 1 < words.length ? words[verbAt + 1] : null;
      blockVerbs.add(verb);
      String c = own != null ? own : blockCode;
      Trigger t = trigger(verb, particle, c);
      if (t != null) {
        triggers.add(t);
      }
    }
    return new Imported(triggers, patterns);
  }

  private static @Nullable Trigger trigger(String verb, @Nullable String particle, @Nullable String code) {
    if (code == null || !code.matches("\\d{2,4}[A-Za-z]?")) {
      return null;
    }
    return new Trigger(verb, particle, false, CameoPlover.typeOf(code).orElse(null), null, null, code);
  }

  private static List<Set<String>> elements(String side, Map<String, List<String>> synsets) {
    List<Set<String>> out = new ArrayList<>();
    String cleaned = side.replaceAll("[{}()$%^+]", " ").replace('_', ' ');
    for (String w : cleaned.strip().split("\\s+")) {
      String word = w.strip().toLowerCase(Locale.ROOT);
      if (word.isEmpty() || word.equals("-") || word.equals("*")) {
        continue;
      }
      if (word.startsWith("&")) {
        Set<String> alts = new LinkedHashSet<>();
        expand(word.toUpperCase(Locale.ROOT), synsets, alts, 0);
        if (!alts.isEmpty()) {
          out.add(alts);
        }
      } else if (word.chars().anyMatch(Character::isLetter)) {
        out.add(Set.of(word));
      }
    }
    return out;
  }

  private static void expand(String name, Map<String, List<String>> synsets, Set<String> into, int depth) {
    List<String> members = synsets.get(name.replaceAll("[^A-Z0-9&_]", ""));
    if (members == null || depth > 4) {
      return;
    }
    for (String m : members) {
      String[] words = m.split("\\s+");
      String last = words[words.length - 1];
      if (last.startsWith("&")) {
        expand(last.toUpperCase(Locale.ROOT), synsets, into, depth + 1);
      } else if (!last.isBlank()) {
        into.add(last);
      }
    }
  }

  private static @Nullable String code(String bracketed) {
    String c = bracketed.replace("[", "").replace("]", "").strip();
    if (c.startsWith("---") || c.isEmpty()) {
      return null;
    }
    int colon = c.indexOf(':');
    return colon > 0 ? c.substring(0, colon) : c;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash >= 0 ? line.substring(0, hash) : line;
  }
}
