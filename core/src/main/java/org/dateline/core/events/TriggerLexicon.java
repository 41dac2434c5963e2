package org.dateline.core.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Trigger words → PLOVER type, mode, context and CAMEO code. Immutable and thread-safe.
 *
 * <p>TSV, one trigger a line, {@code #} comments: {@code lemma pos type mode context cameo}, where
 * {@code lemma} is a lemma, a phrasal verb ("drive out", "call for": the verb then the particle or
 * preposition it must govern) or a multi-word noun ("air strike", matched on consecutive lemmas);
 * {@code pos} is {@code V} or {@code N}; {@code -} means none. Several lines may share a lemma:
 * the coder chooses among them (see {@link EventCoder}).
 */
public final class TriggerLexicon {
  /** Classpath location of the shipped lexicon. */
  public static final String SHIPPED = "/org/dateline/core/events/triggers.tsv";

  private final Map<String, List<Trigger>> verbs = new HashMap<>();
  private final Map<String, List<Trigger>> nouns = new HashMap<>();
  private final Map<String, List<List<String>>> nounPhrases = new HashMap<>();
  private final Map<String, List<VerbPattern>> patterns = new HashMap<>();
  private final int size;

  public TriggerLexicon(List<Trigger> triggers) {
    this(triggers, List.of());
  }

  /** A lexicon with verb patterns (from an imported PETRARCH verb dictionary). */
  public TriggerLexicon(List<Trigger> triggers, List<VerbPattern> verbPatterns) {
    for (VerbPattern vp : verbPatterns) {
      patterns.computeIfAbsent(vp.verb(), k -> new ArrayList<>()).add(vp);
    }
    for (Trigger t : triggers) {
      if (t.noun()) {
        String[] words = t.lemma().split(" ");
        String head = words[words.length - 1];
        nouns.computeIfAbsent(t.lemma(), k -> new ArrayList<>()).add(t);
        if (words.length > 1) {
          nounPhrases.computeIfAbsent(head, k -> new ArrayList<>()).add(List.of(words));
        }
      } else {
        verbs.computeIfAbsent(t.lemma(), k -> new ArrayList<>()).add(t);
      }
    }
    this.size = triggers.size();
  }

  public static TriggerLexicon shipped() {
    InputStream in = TriggerLexicon.class.getResourceAsStream(SHIPPED);
    if (in == null) {
      throw new IllegalStateException("shipped trigger lexicon missing from the classpath: " + SHIPPED);
    }
    return new TriggerLexicon(parse(new InputStreamReader(in, StandardCharsets.UTF_8), "triggers.tsv"));
  }

  public static List<Trigger> read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trigger lexicon " + file, e);
    }
  }

  /** Parses the TSV format; a malformed line fails naming {@code origin} and the line number. */
  public static List<Trigger> parse(Reader reader, String origin) {
    List<Trigger> out = new ArrayList<>();
    try (BufferedReader br = new BufferedReader(reader)) {
      String line;
      int no = 0;
      while ((line = br.readLine()) != null) {
        no++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        String where = origin + ":" + no;
        if (c.length != 6) {
          throw new IllegalArgumentException(
              where + ": expected 6 tab-separated columns (lemma pos type mode context cameo), found " + c.length);
        }
        String pos = c[1].strip().toUpperCase(Locale.ROOT);
        if (!pos.equals("V") && !pos.equals("N")) {
          throw new IllegalArgumentException(where + ": part of speech must be V or N, not '" + c[1] + "'");
        }
        PloverType type =
            PloverType.ofLabel(c[2]).orElseThrow(() -> new IllegalArgumentException(where + ": unknown PLOVER type '" + c[2] + "'"));
        String lemma = c[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String particle = null;
        if (pos.equals("V") && lemma.contains(" ")) {
          particle = lemma.substring(lemma.indexOf(' ') + 1);
          lemma = lemma.substring(0, lemma.indexOf(' '));
        }
        try {
          out.add(new Trigger(lemma, particle, pos.equals("N"), type, none(c[3]), none(c[4]), c[5].strip()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trigger lexicon " + origin, e);
    }
    return out;
  }

  private static @Nullable String none(String cell) {
    String v = cell.strip();
    return v.isEmpty() || v.equals("-") ? null : v;
  }

  /** Verb senses for a lemma (phrasal ones included); empty when none. */
  public List<Trigger> verbs(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** Verb patterns for a lemma; empty when none. */
  public List<VerbPattern> patterns(String lemma) {
    return patterns.getOrDefault(lemma, List.of());
  }

  /** Noun senses for a lemma or multi-word lemma sequence joined by spaces; empty when none. */
  public List<Trigger> nouns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /** Multi-word noun triggers ending in {@code head}, as word lists. */
  public List<List<String>> nounPhrasesEndingIn(String head) {
    return nounPhrases.getOrDefault(head, List.of());
  }

  public int size() {
    return size;
  }
}
