package org.dateline.core.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Imports PETRARCH/Phoenix actor ({@code *.actors.txt}) and agent ({@code *.agents.txt})
 * dictionaries, in the format described by PETRARCH's {@code dictionaries.rst}, into {@link
 * ActorEntry} rows for users who own such files. Stateless.
 *
 * <ul>
 *   <li>Actors: {@code PHRASE [CODE]} with {@code +SYNONYM} lines and date restrictions {@code
 *       [CODE date-date]}, {@code [CODE >date]}, {@code [CODE <date]} on indented lines. Words are
 *       joined by {@code _} or blanks; a phrase without a trailing {@code _} is a stem. A
 *       three-letter code is a country; others are organisations. {@code [---]} is no code.
 *   <li>Agents: {@code PHRASE {PLURALS} [~CODE]} (or {@code [CODE~]}) and substitution sets
 *       {@code !NAME! = A, B}; every agent becomes a sector entry whose code is appended to the
 *       actor's.
 * </ul>
 */
public final class PhoenixDictionaries {
  private PhoenixDictionaries() {}

  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern SUBSTITUTION = Pattern.compile("^(![A-Z0-9_]+!)\\s*=\\s*(.*)$");

  /** Reads an actors file strictly: the first malformed date restriction fails naming file and line. */
  public static List<ActorEntry> readActors(Path file) {
    return readActors(file, message -> {
      throw new IllegalArgumentException(message);
    });
  }

  /**
   * Reads an actors file leniently: a malformed date restriction (third-party files have typos
   * such as {@code 9008223}) is skipped and reported to {@code warnings} with file and line.
   */
  public static List<ActorEntry> readActors(Path file, java.util.function.Consumer<String> warnings) {
    List<String> lines = lines(file);
    List<ActorEntry> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    String defaultCode = null;
    List<String[]> restrictions = new ArrayList<>();
    int startLine = 0;
    for (int i = 0; i <= lines.size(); i++) {
      String raw = i < lines.size() ? lines.get(i) : "";
      String line = stripComment(raw);
      boolean restriction = !line.isBlank() && Character.isWhitespace(raw.charAt(0)) && line.strip().startsWith("[");
      boolean synonym = line.strip().startsWith("+");
      if (restriction) {
        Matcher m = CODE.matcher(line);
        if (m.find()) {
          restrictions.add(m.group(1).strip().split("\\s+", 2));
        }
        continue;
      }
      if (synonym) {
        names.add(phrase(line.strip().substring(1)));
        Matcher m = CODE.matcher(line);
        if (m.find() && defaultCode == null) {
          defaultCode = m.group(1).strip();
        }
        continue;
      }
      if (line.isBlank() && i < lines.size()) {
        continue;
      }
      // a new primary phrase (or the end): emit the previous entry
      flush(out, names, defaultCode, restrictions, file + ":" + startLine, warnings);
      names = new ArrayList<>();
      restrictions = new ArrayList<>();
      defaultCode = null;
      if (i < lines.size()) {
        startLine = i + 1;
        Matcher m = CODE.matcher(line);
        if (m.find()) {
          defaultCode = m.group(1).strip();
          line = line.substring(0, m.start());
        }
        names.add(phrase(line.strip()));
      }
    }
    return out;
  }

  private static void flush(
      List<ActorEntry> out, List<String> names, @Nullable String code, List<String[]> restrictions, String where,
      java.util.function.Consumer<String> warnings) {
    names.removeIf(String::isBlank);
    if (names.isEmpty()) {
      return;
    }
    if (code != null && !code.startsWith("---") && !code.isBlank()) {
      out.add(actor(code, names, null, null, where));
    }
    for (String[] r : restrictions) {
      String c = r[0];
      if (c.startsWith("---")) {
        continue;
      }
      LocalDate from = null;
      LocalDate until = null;
      try {
        if (r.length > 1) {
          String d = r[1].strip();
          if (d.startsWith(">")) {
            from = date(d.substring(1), where);
          } else if (d.startsWith("<")) {
            until = date(d.substring(1), where);
          } else if (d.contains("-")) {
            from = date(d.substring(0, d.indexOf('-')), where);
            until = date(d.substring(d.indexOf('-') + 1), where);
          }
        }
        out.add(actor(c, names, from, until, where));
      } catch (IllegalArgumentException e) {
        warnings.accept(e.getMessage() + "; restriction [" + String.join(" ", r) + "] skipped");
      }
    }
  }

  private static ActorEntry actor(String code, List<String> names, @Nullable LocalDate from, @Nullable LocalDate until, String where) {
    String c = code.toUpperCase(Locale.ROOT);
    boolean country = c.length() == 3 && c.chars().allMatch(Character::isLetter);
    return new ActorEntry(country ? ActorKind.COUNTRY : ActorKind.ORGANISATION, c, country ? c : null,
        List.of(), names, from, until, null, null, where);
  }

  public static List<ActorEntry> readAgents(Path file) {
    List<String> lines = lines(file);
    Map<String, List<String>> substitutions = new HashMap<>();
    List<ActorEntry> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = stripComment(lines.get(i)).strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher sub = SUBSTITUTION.matcher(line);
      if (sub.matches()) {
        List<String> items = new ArrayList<>();
        for (String item : sub.group(2).split(",")) {
          items.add(item.strip());
        }
        substitutions.put(sub.group(1), items);
        continue;
      }
      Matcher m = CODE.matcher(line);
      if (!m.find()) {
        continue;
      }
      String rawCode = m.group(1).strip().toUpperCase(Locale.ROOT);
      // "~GOV" is appended to the actor's code, "NGO~" put in front of it (kept as a trailing '~')
      String code = rawCode.startsWith("~") ? rawCode.substring(1) : rawCode;
      String head = line.substring(0, m.start());
      List<String> names = new ArrayList<>();
      int brace = head.indexOf('{');
      if (brace < 0 && !head.contains("!")) {
        names.add(regularPlural(head.strip())); // a substitution set's items get no plural
      } else if (brace >= 0) {
        int close = head.indexOf('}', brace);
        for (String plural : head.substring(brace + 1, close < 0 ? head.length() : close).strip().split("\\s+")) {
          if (!plural.isBlank()) {
            names.add(plural);
          }
        }
        head = head.substring(0, brace);
      }
      names.add(0, head.strip());
      List<String> expanded = new ArrayList<>();
      for (String n : names) {
        expanded.addAll(substitute(n, substitutions));
      }
      List<String> phrases = expanded.stream().map(n -> phrase(n + "_")).filter(s -> !s.isBlank()).toList();
      if (code.isEmpty() || phrases.isEmpty()) {
        continue;
      }
      String bare = code.replace("~", "");
      List<Sector> sectors = Sector.ofCode(bare.length() >= 3 ? bare.substring(0, 3) : bare).map(List::of).orElse(List.of());
      out.add(new ActorEntry(ActorKind.SECTOR, code, null, sectors, phrases, null, null, null, null, file + ":" + (i + 1),
          true));
    }
    return out;
  }

  /**
   * PETRARCH's regular plural of an agent phrase's last word: +IES for a final Y, +ES for a final
   * SS, else +S (dictionaries.rst, "Plurals"); other plurals are listed in braces.
   */
  static String regularPlural(String phrase) {
    String p = phrase.strip();
    if (p.endsWith("_")) {
      return regularPlural(p.substring(0, p.length() - 1)) + "_";
    }
    String upper = p.toUpperCase(Locale.ROOT);
    if (upper.endsWith("Y")) {
      return p.substring(0, p.length() - 1) + "IES";
    }
    return upper.endsWith("SS") ? p + "ES" : p + "S";
  }

  private static List<String> substitute(String name, Map<String, List<String>> subs) {
    for (Map.Entry<String, List<String>> s : subs.entrySet()) {
      if (name.contains(s.getKey())) {
        List<String> out = new ArrayList<>();
        for (String v : s.getValue()) {
          out.addAll(substitute(name.replace(s.getKey(), v), subs));
        }
        return out;
      }
    }
    return List.of(name);
  }

  /** "ARNOR_" → "ARNOR"; "ARGENTIN" → "ARGENTIN*" (a stem); "GAZA_CITY" → "GAZA CITY". */
  static String phrase(String raw) {
    String p = raw.strip();
    boolean exact = p.endsWith("_");
    p = p.replace('_', ' ').strip();
    if (p.isEmpty()) {
      return "";
    }
    return exact ? p : p + "*";
  }

  private static LocalDate date(String d, String where) {
    String s = d.strip();
    try {
      if (s.length() == 8) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)));
      }
      if (s.length() == 6) {
        int yy = Integer.parseInt(s.substring(0, 2));
        return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4)));
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(where + ": bad date '" + d + "' (YYYYMMDD or YYMMDD)", e);
    }
    throw new IllegalArgumentException(where + ": bad date '" + d + "' (YYYYMMDD or YYMMDD)");
  }

  private static String stripComment(String line) {
    String l = line;
    if (l.strip().startsWith("<!--") || l.strip().startsWith("#")) {
      return "";
    }
    int hash = l.indexOf('#');
    if (hash >= 0) {
      l = l.substring(0, hash);
    }
    int semi = l.indexOf(';');
    if (semi >= 0) {
      l = l.substring(0, semi);
    }
    return l;
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      try {
        return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
      } catch (IOException e2) {
        throw new UncheckedIOException("cannot read " + file, e2);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
