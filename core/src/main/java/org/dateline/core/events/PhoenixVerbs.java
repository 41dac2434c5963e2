package org.dateline.core.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Imports a PETRARCH verb dictionary (CAMEO verb patterns, format in PETRARCH's {@code
 * dictionaries.rst}): synsets ({@code &NAME} with {@code +member} lines), verb blocks ({@code ---
 * NAME [code] ---}) with their verbs and synonyms ({@code +VERB}, {@code +BEEF_UP}, {@code
 * WIRE_+TAP}), and patterns ({@code - before * after [code]}). Each verb becomes a {@link Trigger}
 * with the block's (or its own) code; each pattern a {@link VerbPattern}. Codes map to PLOVER types
 * through {@link CameoPlover}; codes outside CAMEO keep a null type. Patterns keep PETRARCH's word
 * order, consecutiveness ({@code _}) and actor slots ({@code $ + %}); see {@link VerbPattern}. Stateless.
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
        synset = synsetName(line.split("\\s+")[0]);
        synsets.put(synset, new ArrayList<>());
        continue;
      }
      if (synset != null && line.startsWith("+")) {
        synsets.get(synset).add(line.substring(1).replace('_', ' ').strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
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
        VerbPattern parsed = pattern(body, synsets);
        if (c != null && !c.matches("\\d{2,4}[A-Za-z]?(:\\d{2,4}[A-Za-z]?)?")) {
          // "[+++]", "[xxy]": no CAMEO code and no block; PETRARCH cannot convert it and keeps
          // the verb's own code, so the line is left out rather than read as a block
          continue;
        }
        if (parsed != null) {
          for (String v : blockVerbs) {
            patterns.add(new VerbPattern(v, parsed.before(), parsed.touchesVerb(), parsed.after(), trigger(v, null, c)));
          }
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
      String particle = verbAt + 1 < words.length ? words[verbAt + 1] : null;
      String c = own != null ? own : blockCode;
      // a pre-compound ("WIRE_+TAP") is the verb with its words before it, never the bare verb
      String before = String.join(" ", java.util.Arrays.asList(words).subList(0, verbAt));
      for (String base : lemmas(words[verbAt])) {
        String verb = before.isEmpty() ? base : before + " " + base;
        blockVerbs.add(verb);
        Trigger t = trigger(verb, particle, c);
        if (t != null) {
          triggers.add(t);
        }
      }
    }
    return new Imported(triggers, patterns);
  }

  /**
   * The lemmas a listed verb stands for: itself, and for a verb listed in its third-person form
   * ({@code SAYS}, {@code FEARS}, {@code REPLIES}) also the base form, since Dateline matches lemmas.
   */
  static List<String> lemmas(String verb) {
    if (verb.length() > 4 && verb.endsWith("ies")) {
      return List.of(verb, verb.substring(0, verb.length() - 3) + "y");
    }
    if (verb.length() > 3 && verb.endsWith("s") && !verb.endsWith("ss") && !verb.endsWith("us") && !verb.endsWith("is")) {
      return List.of(verb, verb.substring(0, verb.length() - 1));
    }
    return List.of(verb);
  }

  private static @Nullable Trigger trigger(String verb, @Nullable String particle, @Nullable String code) {
    if (code == null) {
      return null;
    }
    int colon = code.indexOf(':');
    String main = colon > 0 ? code.substring(0, colon) : code;
    String back = colon > 0 ? code.substring(colon + 1) : null;
    if (!main.matches("\\d{2,4}[A-Za-z]?")) {
      return null;
    }
    if (back != null && !back.matches("\\d{2,4}[A-Za-z]?")) {
      back = null;
    }
    return new Trigger(verb, particle, false, CameoPlover.typeOf(main).orElse(null), null, null, main, back);
  }

  /**
   * Parses a pattern body ({@code before * after}): blank-separated chunks may have words between
   * them, {@code _}-joined pieces must be consecutive; {@code {...}} and {@code (...)} groups (noun
   * phrases, prepositional phrases) are read as ordered words; {@code ^} (skip a phrase) only
   * leaves a gap. Returns null when the pattern names an undefined synset (PETRARCH ignores it).
   */
  static @Nullable VerbPattern pattern(String body, Map<String, List<String>> synsets) {
    List<VerbPattern.Element> before = new ArrayList<>();
    List<VerbPattern.Element> after = new ArrayList<>();
    boolean afterVerb = false;
    boolean touches = false;
    for (String chunk : body.replaceAll("[{}()]", " ").strip().split("\\s+")) {
      List<String> pieces = new ArrayList<>(List.of(chunk.split("_")));
      pieces.removeIf(String::isBlank);
      for (int k = 0; k < pieces.size(); k++) {
        String piece = pieces.get(k).strip();
        boolean adjacent = k > 0; // "_" joins consecutive words
        List<VerbPattern.Element> side = afterVerb ? after : before;
        switch (piece) {
          case "*" -> {
            afterVerb = true;
            touches = adjacent; // "RECENTLY_*"; "*_TALKS" makes the next piece adjacent to the verb
          }
          case "-" -> { }
          case "^" -> side.add(VerbPattern.Element.slot(VerbPattern.Slot.SKIP, adjacent));
          case "$" -> side.add(VerbPattern.Element.slot(VerbPattern.Slot.SOURCE, adjacent));
          case "+" -> side.add(VerbPattern.Element.slot(VerbPattern.Slot.TARGET, adjacent));
          case "%" -> side.add(VerbPattern.Element.slot(VerbPattern.Slot.COMPOUND, adjacent));
          default -> {
            List<List<String>> phrases = new ArrayList<>();
            if (piece.startsWith("&")) {
              expand(piece.toUpperCase(Locale.ROOT), synsets, phrases, 0);
              if (phrases.isEmpty()) {
                return null;
              }
            } else if (piece.chars().anyMatch(Character::isLetterOrDigit)) {
              phrases.add(List.of(piece.toLowerCase(Locale.ROOT)));
            }
            if (!phrases.isEmpty()) {
              side.add(VerbPattern.Element.words(phrases, adjacent));
            }
          }
        }
      }
    }
    return new VerbPattern("-", before, touches, after, null);
  }

  /** A synset's members as word sequences; a member naming another synset is expanded in place. */
  private static void expand(String name, Map<String, List<String>> synsets, List<List<String>> into, int depth) {
    List<String> members = synsets.get(synsetName(name));
    if (members == null || depth > 4) {
      return;
    }
    for (String m : members) {
      List<String> words = new ArrayList<>(List.of(m.split("\\s+")));
      words.removeIf(String::isBlank);
      if (words.size() == 1 && words.get(0).startsWith("&")) {
        expand(words.get(0).toUpperCase(Locale.ROOT), synsets, into, depth + 1);
      } else if (!words.isEmpty() && words.stream().noneMatch(w -> w.startsWith("&"))) {
        into.add(words);
      }
    }
  }

  /** A synset's key: "&PREPOSIT1_" (no plurals) is used as "&PREPOSIT1". */
  private static String synsetName(String label) {
    return label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9&_]", "").replaceAll("_+$", "");
  }

  /**
   * A bracketed code as written, {@code 032} or the paired {@code 032:033} (the second coded from
   * the target's side); a trailing {@code ?} (an old TABARI mark for a code to review) is dropped.
   */
  private static @Nullable String code(String bracketed) {
    String c = bracketed.replace("[", "").replace("]", "").replace("?", "").replaceAll("\\s+", "");
    if (c.startsWith("---") || c.isEmpty()) {
      return null;
    }
    return c;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash >= 0 ? line.substring(0, hash) : line;
  }
}
