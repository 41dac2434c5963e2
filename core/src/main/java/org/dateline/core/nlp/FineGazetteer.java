package org.dateline.core.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * CoreNLP's fine-grained gazetteer (COUNTRY, STATE_OR_PROVINCE, NATIONALITY, RELIGION, IDEOLOGY,
 * TITLE...) as two token tries, applied with the rules of CoreNLP's {@code TokensRegexNERAnnotator}
 * under its default settings for this gazetteer: among overlapping matches the highest priority
 * wins, then the longest, then the first; a match needs one token whose POS starts with NN or JJ;
 * it never cuts across or relabels an entity another layer found unless the row allows it, and a
 * CITY row never relabels a background token. CoreNLP compiles each row into a TokensRegex
 * pattern and tries them all on every sentence, which was two thirds of the {@code lite}
 * pipeline's time (issue 8); a trie finds the same rows by walking the words once.
 *
 * <p>A row's words are matched exactly (ignoring case for the caseless file); the few words that
 * are real regular expressions ("Gen\.?", "secretary of .*") are matched as such. Immutable and
 * thread-safe once built.
 */
final class FineGazetteer {
  private static final String BACKGROUND = "O";
  /** CoreNLP's default {@code noDefaultOverwriteLabels}: these rows never relabel a plain token. */
  private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_\\-]*");
  private static final String META = ".[]{}()*+?^$|";

  private final Node caseless = new Node();
  private final Node cased = new Node();
  /** Labels any row may overwrite: the background, MISC, and every label of the gazetteer. */
  private final Set<String> overwritable = new HashSet<>(Set.of(BACKGROUND, "MISC"));
  private int rows;

  /**
   * One gazetteer row: what it labels, what it may relabel, and how it ranks.
   *
   * @param trigger the row's longest plain word (lower case in a caseless row), null if none
   * @param group 0 for a row with no plain word, 1 for a cased row, 2 for a caseless one
   */
  private record Entry(
      String label, Set<String> overwrite, double priority, int order, @Nullable String trigger, int group) {}

  private static final class Node {
    @Nullable Map<String, Node> words;
    /**
     * Pattern rows' words by the first character a match must start with (folded in the caseless
     * trie), so a word tries a handful of the ~700 patterns ({@code Ala\.?}, {@code Calif\.?}),
     * not all of them; {@code anyStart} holds the patterns with no fixed first character.
     */
    @Nullable Map<Character, List<Edge>> patterns;
    @Nullable List<Edge> anyStart;
    @Nullable Entry entry;
  }

  private record Edge(Pattern pattern, Node next) {}

  /**
   * A match of a row over tokens {@code [start, end)}; {@code offered} is the token at which
   * CoreNLP's pattern index would first offer the row.
   */
  private record Match(int start, int end, Entry entry, int offered) {}

  /**
   * CoreNLP's order among overlapping matches: priority, then length, then the order in which its
   * pattern index offered the rows for this sentence, then position. The index offers rows with no
   * plain word first, then rows by the first occurrence in the sentence of their longest plain
   * word, case-sensitive rows before caseless ones ("Kent", a CITY row of the cased file, beats
   * "kent", a STATE_OR_PROVINCE row of the caseless one, and then labels nothing).
   */
  private static final Comparator<Match> RANK =
      Comparator.comparingDouble((Match m) -> -m.entry.priority())
          .thenComparingInt(m -> -(m.end - m.start))
          .thenComparingInt(Match::offered)
          .thenComparingInt(m -> m.entry.group())
          .thenComparingInt(m -> m.entry.order())
          .thenComparingInt(Match::start);

  FineGazetteer() {}

  /**
   * Adds the rows of one gazetteer file ({@code pattern<TAB>label[<TAB>overwritable,...[<TAB>priority]]}).
   * A row whose words repeat an earlier row's is dropped unless its priority is higher, as CoreNLP
   * does.
   *
   * @param ignoreCase whether the file's words match regardless of case
   * @param skipLabel a label whose rows are left out, or null
   */
  FineGazetteer read(BufferedReader in, boolean ignoreCase, @Nullable String skipLabel, String name)
      throws IOException {
    return read(in, ignoreCase, skipLabel, line -> {}, name);
  }

  /**
   * As {@link #read(BufferedReader, boolean, String, String)}, handing each row left out for
   * {@code skipLabel} to {@code skipped} as its raw line, so a caller that wants those rows need not
   * read the file again.
   */
  FineGazetteer read(BufferedReader in, boolean ignoreCase, @Nullable String skipLabel,
      Consumer<String> skipped, String name) throws IOException {
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      String[] f = line.split("\t");
      if (f.length < 2 || f.length > 5) {
        throw new IllegalArgumentException(name + ":" + n + ": expected 2 to 5 tab-separated columns");
      }
      String label = f[1].trim();
      int comma = label.indexOf(',');
      if (comma > 0) {
        label = label.substring(0, comma).trim();
      }
      if (label.equals(skipLabel)) {
        skipped.accept(line);
        continue;
      }
      String pattern = f[0].trim();
      if (pattern.startsWith("( ") && pattern.endsWith(" )")) {
        // TokensRegex rows: CoreNLP's gazetteers have none; refuse rather than mis-match.
        throw new IllegalArgumentException(name + ":" + n + ": TokensRegex rows are not supported");
      }
      Set<String> overwrite = f.length > 2 ? Set.copyOf(Arrays.asList(f[2].trim().split("\\s*,\\s*"))) : Set.of();
      double priority = f.length > 3 ? Double.parseDouble(f[3].trim()) : 0;
      String[] words = pattern.split("\\s+");
      String trigger = null;
      for (String w : words) {
        if (LITERAL.matcher(w).matches() && (trigger == null || w.length() > trigger.length())) {
          trigger = w;
        }
      }
      add(ignoreCase ? caseless : cased, words, ignoreCase,
          new Entry(label.intern(), overwrite, priority, rows++,
              trigger == null || !ignoreCase ? trigger : trigger.toLowerCase(Locale.ROOT),
              trigger == null ? 0 : ignoreCase ? 2 : 1));
      overwritable.add(label);
    }
    return this;
  }

  private static void add(Node root, String[] words, boolean ignoreCase, Entry entry) {
    Node node = root;
    for (String w : words) {
      String literal = literal(w);
      if (literal != null) {
        if (node.words == null) {
          node.words = new HashMap<>();
        }
        node = node.words.computeIfAbsent(ignoreCase ? fold(literal) : literal, k -> new Node());
      } else {
        Pattern p = Pattern.compile(w, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        Character first = firstChar(w, ignoreCase);
        List<Edge> edges;
        if (first == null) {
          if (node.anyStart == null) {
            node.anyStart = new ArrayList<>();
          }
          edges = node.anyStart;
        } else {
          if (node.patterns == null) {
            node.patterns = new HashMap<>();
          }
          edges = node.patterns.computeIfAbsent(first, k -> new ArrayList<>());
        }
        Node next = null;
        for (Edge e : edges) {
          if (e.pattern.pattern().equals(w)) {
            next = e.next;
          }
        }
        if (next == null) {
          next = new Node();
          edges.add(new Edge(p, next));
        }
        node = next;
      }
    }
    if (node.entry == null || entry.priority() > node.entry.priority()) {
      node.entry = entry;
    }
  }

  /**
   * The character every match of a pattern starts with (folded when case is ignored), or null
   * when it has none: a leading letter or digit not made optional or repeated, in a pattern with
   * no alternatives.
   */
  static @Nullable Character firstChar(String pattern, boolean ignoreCase) {
    if (pattern.isEmpty() || !Character.isLetterOrDigit(pattern.charAt(0)) || pattern.indexOf('|') >= 0
        || (pattern.length() > 1 && "?*+{".indexOf(pattern.charAt(1)) >= 0)) {
      return null;
    }
    char c = pattern.charAt(0);
    return ignoreCase ? Character.toLowerCase(c) : c;
  }

  /**
   * The word a row's token stands for when it is a plain word (regular-expression escapes such as
   * {@code \.} undone), or null when it is a real pattern.
   */
  static @Nullable String literal(String w) {
    if (LITERAL.matcher(w).matches()) {
      return w;
    }
    StringBuilder sb = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '\\') {
        if (i + 1 < w.length() && !Character.isLetterOrDigit(w.charAt(i + 1))) {
          sb.append(w.charAt(++i));
          continue;
        }
        return null;
      }
      if (META.indexOf(c) >= 0) {
        return null;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String fold(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /** Rows read so far. */
  int size() {
    return rows;
  }

  /**
   * Applies the gazetteer to one sentence's tokens in place.
   *
   * @param words the tokens' words
   * @param tags their POS tags (null for none)
   * @param ner their labels so far, relabelled where a row applies
   */
  void apply(String[] words, String[] tags, String[] ner) {
    String[] folded = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      folded[i] = fold(words[i]);
    }
    List<Match> matches = new ArrayList<>();
    for (int start = 0; start < words.length; start++) {
      collect(caseless, folded, words, start, start, matches);
      collect(cased, words, words, start, start, matches);
    }
    if (matches.isEmpty()) {
      return;
    }
    for (int i = 0; i < matches.size(); i++) {
      Match m = matches.get(i);
      matches.set(i, new Match(m.start, m.end, m.entry, offered(m.entry, words, folded)));
    }
    matches.sort(RANK);
    boolean[] taken = new boolean[words.length];
    List<Match> chosen = new ArrayList<>();
    for (Match m : matches) {
      if (free(taken, m)) {
        for (int i = m.start; i < m.end; i++) {
          taken[i] = true;
        }
        chosen.add(m);
      }
    }
    chosen.sort(Comparator.comparingInt(Match::start));
    for (Match m : chosen) {
      if (nounOrAdjective(tags, m) && mayRelabel(m, ner)) {
        for (int i = m.start; i < m.end; i++) {
          ner[i] = m.entry.label();
        }
      }
    }
  }

  private static int offered(Entry e, String[] words, String[] folded) {
    if (e.trigger() == null) {
      return 0;
    }
    String[] keys = e.group() == 2 ? folded : words;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(e.trigger())) {
        return i;
      }
    }
    return 0;
  }

  private static void collect(Node node, String[] keys, String[] words, int start, int at, List<Match> out) {
    if (node.entry != null && at > start) {
      out.add(new Match(start, at, node.entry, 0));
    }
    if (at == keys.length) {
      return;
    }
    if (node.words != null) {
      Node next = node.words.get(keys[at]);
      if (next != null) {
        collect(next, keys, words, start, at + 1, out);
      }
    }
    if (node.patterns != null && !keys[at].isEmpty()) {
      // keys[at] is folded in the caseless trie, so its first character is the index's key.
      List<Edge> edges = node.patterns.get(keys[at].charAt(0));
      if (edges != null) {
        tryPatterns(edges, keys, words, start, at, out);
      }
    }
    if (node.anyStart != null) {
      tryPatterns(node.anyStart, keys, words, start, at, out);
    }
  }

  private static void tryPatterns(List<Edge> edges, String[] keys, String[] words, int start, int at, List<Match> out) {
    for (Edge e : edges) {
      if (e.pattern.matcher(words[at]).matches()) {
        collect(e.next, keys, words, start, at + 1, out);
      }
    }
  }

  private static boolean free(boolean[] taken, Match m) {
    for (int i = m.start; i < m.end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /** CoreNLP's {@code validpospattern=^(NN|JJ).*}, met by at least one token. */
  private static boolean nounOrAdjective(String[] tags, Match m) {
    for (int i = m.start; i < m.end; i++) {
      String t = tags[i];
      if (t != null && (t.startsWith("NN") || t.startsWith("JJ"))) {
        return true;
      }
    }
    return false;
  }

  /** CoreNLP's rule for when a match may replace the labels already on its tokens. */
  private boolean mayRelabel(Match m, String[] ner) {
    boolean allPlaces = true;
    for (int i = m.start; i < m.end && allPlaces; i++) {
      allPlaces = "LOCATION".equals(ner[i]) || "GPE".equals(ner[i]);
    }
    if (allPlaces) {
      return true;
    }
    String first = ner[m.start];
    String last = ner[m.end - 1];
    // A match that cuts into a longer entity of another layer leaves it alone.
    if (first != null && !overwritable.contains(first) && m.start > 0 && first.equals(ner[m.start - 1])) {
      return false;
    }
    if (last != null && !overwritable.contains(last) && m.end < ner.length && last.equals(ner[m.end])) {
      return false;
    }
    if (first == null) {
      return true;
    }
    for (int i = m.start + 1; i < m.end; i++) {
      if (!first.equals(ner[i])) {
        return true;
      }
    }
    if (m.entry.overwrite().contains(first)) {
      return true;
    }
    return !NO_DEFAULT_OVERWRITE.contains(m.entry.label()) && overwritable.contains(first);
  }
}
