package org.dateline.core.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.actors.ActorDictionary;
import org.dateline.core.actors.ActorEntry;

/**
 * The words {@link EntityTagger} decides by: organisation and place head words, honorifics,
 * place prepositions, speech verbs, first names with their gender, and the names of the actor
 * dictionaries' organisations and persons. Immutable.
 *
 * @param firstNames lower-case first name → {@link Gender}
 * @param knownNames lower-case name, words joined by one space → PERSON or ORGANIZATION
 * @param cities lower-case city and town names, words joined by one space (a gazetteer's)
 */
public record EntityLexicon(
    Set<String> orgHeads,
    Set<String> placeHeads,
    Set<String> honorifics,
    Set<String> placePrepositions,
    Set<String> speechVerbs,
    Map<String, Gender> firstNames,
    Map<String, String> knownNames,
    Set<String> cities) {

  /** A first name's usual gender. */
  public enum Gender {
    MALE,
    FEMALE
  }

  public EntityLexicon {
    orgHeads = Set.copyOf(orgHeads);
    placeHeads = Set.copyOf(placeHeads);
    honorifics = Set.copyOf(honorifics);
    placePrepositions = Set.copyOf(placePrepositions);
    speechVerbs = Set.copyOf(speechVerbs);
    firstNames = Map.copyOf(firstNames);
    knownNames = Map.copyOf(knownNames);
    cities = Set.copyOf(cities);
  }

  private static final String WORDS = "/org/dateline/core/entities/entity-words.tsv";

  /** The shipped cue words and actor dictionaries, with first names and cities (may be empty). */
  public static EntityLexicon shipped(Map<String, Gender> firstNames, Set<String> cities) {
    Map<String, Set<String>> byClass = new HashMap<>();
    try (InputStream in = Objects.requireNonNull(EntityLexicon.class.getResourceAsStream(WORDS), WORDS);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalStateException(WORDS + ":" + n + ": expected 'class<TAB>word'");
        }
        byClass.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1].toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WORDS, e);
    }
    return new EntityLexicon(
        byClass.getOrDefault("org", Set.of()),
        byClass.getOrDefault("loc", Set.of()),
        byClass.getOrDefault("hon", Set.of()),
        byClass.getOrDefault("prep", Set.of()),
        byClass.getOrDefault("speak", Set.of()),
        firstNames,
        knownNames(ActorDictionary.shipped().entries()),
        cities);
  }

  /** Organisations, armed groups and persons of the actor dictionaries, by each of their names. */
  static Map<String, String> knownNames(List<ActorEntry> entries) {
    Map<String, String> out = new HashMap<>();
    for (ActorEntry e : entries) {
      String label =
          switch (e.kind()) {
            case ORGANISATION, ARMED_GROUP -> "ORGANIZATION";
            case PERSON -> "PERSON";
            case COUNTRY, SECTOR, GROUP -> null;
          };
      if (label == null) {
        continue;
      }
      for (String name : e.names()) {
        // Lower-case names are sector-like nouns ("militants"), not proper names.
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
          out.putIfAbsent(key(name), label);
        }
      }
    }
    return out;
  }

  /** The lookup key of a name: lower case, single spaces. */
  static String key(String name) {
    return String.join(" ", name.toLowerCase(Locale.ROOT).strip().split("\\s+"));
  }
}
