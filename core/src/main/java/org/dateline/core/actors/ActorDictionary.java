package org.dateline.core.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of {@link ActorEntry} rows indexed for longest-match lookup over token
 * sequences. Thread-safe after construction.
 *
 * <p>The TSV format (one entry a line, {@code #} starts a comment, empty cells or {@code -} mean
 * "none"): {@code kind code country sectors names from until role affiliation}, where {@code
 * sectors} is comma-separated and {@code names} is {@code |}-separated. Only the first five columns
 * are required. A name word ending in {@code *} is a stem ("Argentin*"). See {@code docs/events.md}.
 */
public final class ActorDictionary {
  /** Classpath folder of the shipped dictionaries. */
  public static final String RESOURCE_DIR = "/org/dateline/core/actors/";

  private static final List<String> SHIPPED =
      List.of("countries.tsv", "sectors.tsv", "organisations.tsv", "armed-groups.tsv", "people.tsv");

  private final List<ActorEntry> entries;
  private final Node root = new Node();

  public ActorDictionary(List<ActorEntry> entries) {
    this.entries = List.copyOf(entries);
    for (ActorEntry e : this.entries) {
      for (String name : e.names()) {
        List<String> words = words(name);
        if (words.isEmpty()) {
          continue;
        }
        insert(words, e);
        // the tokenizer may split a hyphenated name ("Barad - dur", "al - Baghdadi"): index that too
        List<String> split = new ArrayList<>();
        for (String w : words) {
          split.addAll(List.of(w.split("(?<=.)(?=-)|(?<=-)(?=.)")));
        }
        if (split.size() > words.size()) {
          insert(split, e);
        }
      }
    }
  }

  private void insert(List<String> words, ActorEntry e) {
    Node n = root;
    for (String w : words) {
      // a trailing '*' makes the word a stem: "argentin*" matches "argentina", "argentine"
      n = w.endsWith("*") && w.length() > 1
          ? n.stems.computeIfAbsent(w.substring(0, w.length() - 1), k -> new Node())
          : n.children.computeIfAbsent(w, k -> new Node());
    }
    if (!n.entries.contains(e)) {
      n.entries.add(e);
    }
  }

  /** The dictionaries shipped with Dateline: every country, sector nouns, IGOs/NGOs, armed groups. */
  public static ActorDictionary shipped() {
    List<ActorEntry> all = new ArrayList<>(Countries.fromPlatform());
    for (String file : SHIPPED) {
      String path = RESOURCE_DIR + file;
      InputStream in = ActorDictionary.class.getResourceAsStream(path);
      if (in == null) {
        throw new IllegalStateException("shipped actor dictionary missing from the classpath: " + path);
      }
      all.addAll(parse(new InputStreamReader(in, StandardCharsets.UTF_8), file));
    }
    return new ActorDictionary(all);
  }

  /** Reads a dictionary in Dateline's TSV format; a malformed line fails naming file and line. */
  public static List<ActorEntry> read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary " + file, e);
    }
  }

  /** Parses TSV rows; {@code origin} names the source in error messages. */
  public static List<ActorEntry> parse(Reader reader, String origin) {
    List<ActorEntry> out = new ArrayList<>();
    try (BufferedReader br = new BufferedReader(reader)) {
      String line;
      int no = 0;
      while ((line = br.readLine()) != null) {
        no++;
        String body = line.strip();
        if (body.isEmpty() || body.startsWith("#")) {
          continue;
        }
        out.add(row(line.split("\t", -1), origin + ":" + no));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary " + origin, e);
    }
    return out;
  }

  private static ActorEntry row(String[] cells, String where) {
    if (cells.length < 5) {
      throw new IllegalArgumentException(
          where + ": expected at least 5 tab-separated columns (kind code country sectors names),"
              + " found " + cells.length);
    }
    ActorKind kind;
    try {
      kind = ActorKind.valueOf(cells[0].strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + ": unknown kind '" + cells[0].strip() + "'; use one of "
              + java.util.Arrays.toString(ActorKind.values()), e);
    }
    List<Sector> sectors = new ArrayList<>();
    String sectorCell = cell(cells, 3);
    if (sectorCell != null) {
      for (String s : sectorCell.split(",")) {
        sectors.add(
            Sector.ofCode(s)
                .orElseThrow(() -> new IllegalArgumentException(where + ": unknown sector '" + s.strip() + "'")));
      }
    }
    List<String> names = new ArrayList<>();
    String nameCell = cell(cells, 4);
    if (nameCell != null) {
      for (String n : nameCell.split("\\|")) {
        if (!n.isBlank()) {
          names.add(n.strip());
        }
      }
    }
    String code = cell(cells, 1);
    if (code == null) {
      throw new IllegalArgumentException(where + ": empty code");
    }
    return new ActorEntry(
        kind, code, cell(cells, 2), sectors, names, date(cells, 5, where), date(cells, 6, where),
        cell(cells, 7), cell(cells, 8), where);
  }

  private static @Nullable String cell(String[] cells, int i) {
    if (i >= cells.length) {
      return null;
    }
    String v = cells[i].strip();
    return v.isEmpty() || v.equals("-") ? null : v;
  }

  private static @Nullable LocalDate date(String[] cells, int i, String where) {
    String v = cell(cells, i);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": bad date '" + v + "', expected YYYY-MM-DD", e);
    }
  }

  /** Splits a name into the lower-case words it is matched by. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.strip().split("[\\s_]+")) {
      if (!w.isEmpty()) {
        out.add(normalise(w));
      }
    }
    return out;
  }

  /** Lower case, typographic apostrophes and dashes folded. */
  public static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-');
  }

  public List<ActorEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /** A new dictionary holding this one's entries and then {@code more}. */
  public ActorDictionary with(List<ActorEntry> more) {
    List<ActorEntry> all = new ArrayList<>(entries);
    all.addAll(more);
    return new ActorDictionary(all);
  }

  /**
   * The longest name starting at {@code from}; each position may be matched by its word or its
   * lemma (alternatives[i] lists the forms of position i, already normalised).
   *
   * @return the match length and entries, or null when nothing starts here
   */
  public @Nullable Match longestAt(List<List<String>> alternatives, int from) {
    Match best = null;
    best = walk(root, alternatives, from, from, best, false);
    return best;
  }

  /** @param viaLemma whether a position so far matched by a form other than its written word */
  private @Nullable Match walk(Node node, List<List<String>> alts, int start, int i, @Nullable Match best,
      boolean viaLemma) {
    if (i > start && !node.entries.isEmpty() && (best == null || i - start > best.length())) {
      List<ActorEntry> hits = viaLemma ? node.entries.stream().filter(e -> !e.writtenForms()).toList() : node.entries;
      if (!hits.isEmpty()) {
        best = new Match(start, i - start, List.copyOf(hits));
      }
    }
    if (i >= alts.size()) {
      return best;
    }
    for (String form : alts.get(i)) {
      boolean lemma = viaLemma || !form.equals(alts.get(i).get(0));
      Node next = node.children.get(form);
      if (next != null) {
        best = walk(next, alts, start, i + 1, best, lemma);
      } else if (form.indexOf('_') > 0) {
        // a name written with underscores for its blanks ("Dol_Amroth", PETRARCH's and wiki style) is one token
        List<String> parts = List.of(form.split("_+"));
        Node n = node;
        for (String part : parts.subList(0, parts.size() - 1)) {
          n = n == null ? null : n.children.get(part);
        }
        String last = parts.get(parts.size() - 1);
        if (n != null && n.children.containsKey(last)) {
          best = walk(n.children.get(last), alts, start, i + 1, best, lemma);
        }
        for (Map.Entry<String, Node> stem : n == null ? Map.<String, Node>of().entrySet() : n.stems.entrySet()) {
          if (last.startsWith(stem.getKey())) {
            best = walk(stem.getValue(), alts, start, i + 1, best, lemma);
          }
        }
      }
      for (Map.Entry<String, Node> stem : node.stems.entrySet()) {
        if (form.startsWith(stem.getKey())) {
          best = walk(stem.getValue(), alts, start, i + 1, best, lemma);
        }
      }
    }
    return best;
  }

  /** A dictionary hit over token positions {@code [start, start + length)}. */
  public record Match(int start, int length, List<ActorEntry> entries) {
    public int end() {
      return start + length;
    }
  }

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    final Map<String, Node> stems = new HashMap<>(0);
    final List<ActorEntry> entries = new ArrayList<>(1);
  }
}
