package org.dateline.core.nlp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PatternRequirementTest {
  private static List<CoreLabel> tokens(String... words) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : words) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.setOriginalText(w);
      out.add(l);
    }
    return out;
  }

  private static boolean holds(String pattern, String... words) {
    return PatternRequirement.of(TokenSequencePattern.compile(pattern))
        .holds(tokens(words), new IdentityHashMap<>());
  }

  @Test
  void aConcatenationNeedsEachOfItsParts() {
    assertThat(holds("/January/ /\\d+/", "on", "January", "5")).isTrue();
    assertThat(holds("/January/ /\\d+/", "on", "March", "5")).isFalse();
    assertThat(holds("/January/ /\\d+/", "in", "January")).isFalse();
  }

  @Test
  void anAlternationNeedsOneBranch() {
    assertThat(holds("(/last/ | /next/) /week/", "next", "week")).isTrue();
    assertThat(holds("(/last/ | /next/) /week/", "this", "week")).isFalse();
  }

  @Test
  void optionalPartsAndUnreadablePartsRequireNothing() {
    assertThat(holds("/early/? /spring/", "spring")).isTrue();
    assertThat(holds("/early/? /spring/", "early")).isFalse();
    assertThat(PatternRequirement.of(TokenSequencePattern.compile("/x/*"))).isEqualTo(PatternRequirement.NONE);
    assertThat(PatternRequirement.of(TokenSequencePattern.compile("/a/+ /b/"))).isNotEqualTo(PatternRequirement.NONE);
  }

  /**
   * The property the rule checks rest on: whenever a pattern matches somewhere in a sequence, its
   * requirement holds on that sequence. Random patterns over a small vocabulary, random sequences.
   */
  @Test
  void everyMatchSatisfiesTheRequirement() {
    Random random = new Random(20261129);
    String[] vocabulary = {"a", "b", "c", "d", "e"};
    int matched = 0;
    int refused = 0;
    for (int trial = 0; trial < 3000; trial++) {
      String pattern = sequence(random, 0);
      TokenSequencePattern compiled = TokenSequencePattern.compile(pattern);
      PatternRequirement required = PatternRequirement.of(compiled);
      String[] words = new String[random.nextInt(7)];
      for (int i = 0; i < words.length; i++) {
        words[i] = vocabulary[random.nextInt(vocabulary.length)];
      }
      List<CoreLabel> seq = tokens(words);
      boolean holds = required.holds(seq, new IdentityHashMap<>());
      if (compiled.getMatcher(seq).find()) {
        matched++;
        assertThat(holds).as("%s on %s", pattern, String.join(" ", words)).isTrue();
      } else if (!holds) {
        refused++;
      }
    }
    // Both outcomes must occur often, or the property says little.
    assertThat(matched).isGreaterThan(300);
    assertThat(refused).isGreaterThan(300);
  }

  private static String sequence(Random random, int depth) {
    int n = 1 + random.nextInt(3);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(item(random, depth));
    }
    return b.toString();
  }

  private static String item(Random random, int depth) {
    String base =
        switch (depth < 2 ? random.nextInt(6) : random.nextInt(3)) {
          case 0 -> "/" + "abcd".charAt(random.nextInt(4)) + "/";
          case 1 -> "[{word:/" + "abcd".charAt(random.nextInt(4)) + "|" + "abcd".charAt(random.nextInt(4)) + "/}]";
          case 2 -> random.nextInt(4) == 0 ? "[]" : "[!{word:a}]";
          case 3 -> "(" + sequence(random, depth + 1) + " | " + sequence(random, depth + 1) + ")";
          case 4 -> "(" + sequence(random, depth + 1) + ")";
          default -> "(?: " + sequence(random, depth + 1) + ")";
        };
    // TokensRegex recurses without end on a repeated group that can match nothing ("(a?)*"), so
    // groups are only made optional.
    if (base.startsWith("(")) {
      return random.nextInt(4) == 0 ? base + "?" : base;
    }
    return base + switch (random.nextInt(6)) {
      case 0 -> "?";
      case 1 -> "*";
      case 2 -> "+";
      case 3 -> "{2}";
      default -> "";
    };
  }
}
