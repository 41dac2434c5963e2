package org.dateline.core.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoder on a small model with random weights (CoreNLP's file layout, written here): whatever
 * the scores, every parse must be one projective tree with a single word on the root. That the
 * trees equal CoreNLP's on its real model is {@code LeanDependencyParseIT}'s job.
 */
class TransitionParserTest {
  private static final List<String> WORDS = List.of("-UNKNOWN-", "-NULL-", "-ROOT-", "the", "cat", "sat", ".");
  private static final List<String> TAGS = List.of("-UNKNOWN-", "-NULL-", "-ROOT-", "DT", "NN", "VBD", ".");
  private static final List<String> LABELS = List.of("-NULL-", "root", "det", "nsubj", "punct", "obj");

  @TempDir Path dir;

  @Test
  void everyParseIsOneProjectiveTreeWithASingleRootWord() throws IOException {
    TransitionParser parser = new TransitionParser(ParserModel.load(writeModel(7, 16).toString()));
    Random random = new Random(11);
    for (int n = 1; n <= 40; n++) {
      List<String> words = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        words.add(random.nextInt(5) == 0 ? "unseen" : WORDS.get(3 + random.nextInt(4)));
        tags.add(TAGS.get(3 + random.nextInt(4)));
      }
      TransitionParser.Parse parse = parser.parse(words, tags);
      int[] heads = parse.heads();
      int roots = 0;
      for (int i = 1; i <= n; i++) {
        assertThat(heads[i]).isBetween(0, n).isNotEqualTo(i);
        assertThat(parse.labels()[i]).isIn(LABELS.subList(1, LABELS.size()));
        assertThat(parse.labels()[i].equals("root")).isEqualTo(heads[i] == 0);
        roots += heads[i] == 0 ? 1 : 0;
        for (int k = i, steps = 0; k != 0; k = heads[k], steps++) {
          assertThat(steps).as("no cycle through word " + i).isLessThanOrEqualTo(n);
        }
        for (int j = Math.min(i, heads[i]) + 1; j < Math.max(i, heads[i]); j++) {
          assertThat(dominates(heads, heads[i], j)).as("arc %d->%d is projective", heads[i], i).isTrue();
        }
      }
      assertThat(roots).isEqualTo(1);
    }
  }

  /** Parsing side by side (more sentences than one batch holds, an empty one among them) changes no parse. */
  @Test
  void sentencesParsedTogetherGetTheParsesTheyGetAlone() throws IOException {
    TransitionParser parser = new TransitionParser(ParserModel.load(writeModel(7, 16).toString()));
    Random random = new Random(29);
    List<List<String>> words = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    for (int k = 0; k < 3 * TransitionParser.BATCH + 5; k++) {
      int n = k == 7 ? 0 : 1 + random.nextInt(30);
      List<String> w = new ArrayList<>();
      List<String> t = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        w.add(WORDS.get(3 + random.nextInt(4)));
        t.add(TAGS.get(3 + random.nextInt(4)));
      }
      words.add(w);
      tags.add(t);
    }
    List<TransitionParser.Parse> together = parser.parseAll(words, tags);
    assertThat(together).hasSize(words.size());
    for (int k = 0; k < words.size(); k++) {
      TransitionParser.Parse alone = parser.parse(words.get(k), tags.get(k));
      assertThat(together.get(k).heads()).as("sentence %d", k).containsExactly(alone.heads());
      assertThat(together.get(k).labels()).as("sentence %d", k).containsExactly(alone.labels());
    }
    assertThatThrownBy(() -> parser.parseAll(words, tags.subList(0, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFileThatIsNotAParserModelIsRefusedWithItsName() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "hello\n");
    assertThatThrownBy(() -> ParserModel.load(bad.toString()))
        .hasMessageContaining("bad.txt").hasMessageContaining("dict=");
  }

  @Test
  void aModelFileCutShortIsRefusedWithItsName() throws IOException {
    Path whole = writeModel(3, 8);
    java.util.List<String> lines = Files.readAllLines(whole);
    Path cut = dir.resolve("cut.txt");
    Files.write(cut, lines.subList(0, lines.size() / 2));
    assertThatThrownBy(() -> ParserModel.load(cut.toString()))
        .hasMessageContaining("cut.txt").hasMessageContaining("ends before the model does");
  }

  private static boolean dominates(int[] heads, int ancestor, int node) {
    for (int k = node; k > 0; k = heads[k]) {
      if (heads[k] == ancestor) {
        return true;
      }
    }
    return ancestor == 0;
  }

  /** CoreNLP's legacy text layout: header, embeddings, W1 by input, b1, W2 by hidden unit, ids. */
  private Path writeModel(long seed, int hidden) throws IOException {
    Random random = new Random(seed);
    int embedding = 4;
    int tokens = 48;
    int transitions = 2 * (LABELS.size() - 1) + 1;
    Path file = dir.resolve("model-" + seed + ".txt");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("dict=" + WORDS.size() + "\npos=" + TAGS.size() + "\nlabel=" + LABELS.size()
          + "\nembeddingSize=" + embedding + "\nhiddenSize=" + hidden + "\nnumTokens=" + tokens
          + "\npreComputed=6\n");
      for (List<String> names : List.of(WORDS, TAGS, LABELS)) {
        for (String name : names) {
          w.write(name + " " + floats(random, embedding) + "\n");
        }
      }
      for (int i = 0; i < embedding * tokens; i++) {
        w.write(floats(random, hidden) + "\n");
      }
      w.write(floats(random, hidden) + "\n");
      for (int i = 0; i < hidden; i++) {
        w.write(floats(random, transitions) + "\n");
      }
      w.write("0 1 50 98 145 200\n");
    }
    return file;
  }

  private static String floats(Random random, int n) {
    StringJoiner j = new StringJoiner(" ");
    for (int i = 0; i < n; i++) {
      j.add(Float.toString((float) random.nextGaussian()));
    }
    return j.toString();
  }
}
