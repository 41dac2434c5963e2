package org.dateline.core.nlp.parse;

import java.util.Arrays;
import java.util.List;

/**
 * Greedy arc-standard dependency parsing with a {@link ParserModel}: the decoder of CoreNLP's
 * neural parser (same features, transitions, feasibility rules and tie-breaking, so the same trees),
 * written over plain arrays and scoring with the model's transposed layers.
 *
 * <p>Not thread-safe (it reuses its buffers); make one per thread. The model is shared.
 */
public final class TransitionParser {
  private static final int NONE = -1;
  private static final int WORDS = 0;
  private static final int TAGS = 18;
  private static final int LABELS = 36;
  /**
   * Sentences parsed side by side. Their transitions are scored together, so each row of the
   * output layer is read from memory once for all of them rather than once per sentence.
   */
  static final int BATCH = 16;

  private final ParserModel model;
  private final int leftArcs;
  private final int shift;
  private final int[] features;
  private final double[][] hidden;
  private final double[][] scores;
  private final Sentence[] scoring = new Sentence[BATCH];

  /** The parse of one sentence: for word {@code i} (1-based), its head (0 = root) and label. */
  public record Parse(int[] heads, String[] labels) {}

  public TransitionParser(ParserModel model) {
    this.model = model;
    this.leftArcs = model.labels.size();
    this.shift = 2 * leftArcs;
    this.features = new int[model.numTokens];
    this.hidden = new double[BATCH][model.hiddenSize];
    this.scores = new double[BATCH][model.w2ByHidden[0].length]; // padded; the tail stays 0
  }

  /** Parses one sentence given its words and part-of-speech tags. */
  public Parse parse(List<String> words, List<String> tags) {
    return parseAll(List.of(words), List.of(tags)).get(0);
  }

  /**
   * Parses sentences given their words and part-of-speech tags, each exactly as {@link #parse}
   * would; several at a time, which is faster than one after another.
   */
  public List<Parse> parseAll(List<List<String>> words, List<List<String>> tags) {
    if (words.size() != tags.size()) {
      throw new IllegalArgumentException(words.size() + " sentences but " + tags.size() + " tag lists");
    }
    Parse[] out = new Parse[words.size()];
    Sentence[] active = new Sentence[BATCH];
    int[] index = new int[BATCH];
    int waiting = 0;
    while (true) {
      int m = 0;
      for (int b = 0; b < BATCH; b++) {
        // Refill the slot and take every forced transition until the network has a choice to make.
        while (active[b] == null && waiting < words.size()) {
          active[b] = new Sentence(model, words.get(waiting), tags.get(waiting));
          index[b] = waiting++;
        }
        Sentence s = active[b];
        if (s == null) {
          continue;
        }
        while (!s.done() && s.stackSize <= 2) {
          // With the root and at most one word on the stack only one transition is possible, so
          // scoring all of them cannot change the choice: skip the network.
          apply(s, onlyTransition(s));
        }
        if (s.done()) {
          out[index[b]] = s.result();
          active[b] = null;
          b--; // refill this slot
          continue;
        }
        hiddenLayer(s, hidden[m]);
        scoring[m++] = s;
      }
      if (m == 0) {
        return Arrays.asList(out);
      }
      score(m);
      for (int b = 0; b < m; b++) {
        apply(scoring[b], best(scoring[b], scores[b]));
        scoring[b] = null;
      }
    }
  }

  private int onlyTransition(Sentence s) {
    return s.next <= s.n ? shift : leftArcs; // no words left: the right arc of the root label
  }

  /** The hidden layer for the sentence's next transition: features, their slices summed, cubed. */
  private void hiddenLayer(Sentence s, double[] h) {
    extract(s);
    Arrays.fill(h, 0.0);
    int numTokens = model.numTokens;
    for (int p = 0; p < features.length; p++) {
      int key = features[p] * numTokens + p;
      int pre = model.precomputedIndex(key);
      if (pre >= 0) {
        double[] row = model.precomputedRows[pre];
        for (int i = 0; i < h.length; i++) {
          h[i] += row[i];
        }
      } else {
        float[] row = model.roundedSlice(key);
        for (int i = 0; i < h.length; i++) {
          h[i] += row[i];
        }
      }
    }
    float[] b1 = model.b1;
    for (int i = 0; i < h.length; i++) {
      double x = h[i] + b1[i];
      h[i] = x * x * x;
    }
  }

  /**
   * The output layer for the first {@code m} hidden layers: every score sums hidden unit × weight
   * over the hidden units in order, as CoreNLP does. Four units per pass, so a score is loaded and
   * stored once for four terms (still added one at a time, left to right); the sentences share
   * each pass over the weight rows.
   */
  private void score(int m) {
    for (int b = 0; b < m; b++) {
      Arrays.fill(scores[b], 0.0);
    }
    double[][] w2 = model.w2ByHidden;
    int units = model.hiddenSize;
    int j = 0;
    for (; j + 3 < units; j += 4) {
      double[] r0 = w2[j];
      double[] r1 = w2[j + 1];
      double[] r2 = w2[j + 2];
      double[] r3 = w2[j + 3];
      for (int b = 0; b < m; b++) {
        double[] h = hidden[b];
        double h0 = h[j];
        double h1 = h[j + 1];
        double h2 = h[j + 2];
        double h3 = h[j + 3];
        double[] sc = scores[b];
        // Each score still adds the four units' terms one at a time, in order.
        for (int t = 0; t < sc.length; t++) {
          sc[t] = (((sc[t] + h0 * r0[t]) + h1 * r1[t]) + h2 * r2[t]) + h3 * r3[t];
        }
      }
    }
    for (; j < units; j++) {
      double[] row = w2[j];
      for (int b = 0; b < m; b++) {
        double h = hidden[b][j];
        double[] sc = scores[b];
        for (int t = 0; t < sc.length; t++) {
          sc[t] += h * row[t];
        }
      }
    }
  }

  /** The highest-scoring feasible transition; the first of equals, as CoreNLP picks it. */
  private int best(Sentence s, double[] sc) {
    double bestScore = Double.NEGATIVE_INFINITY;
    int best = NONE;
    for (int t = 0; t < model.numTransitions; t++) {
      if (sc[t] > bestScore && feasible(s, t)) {
        bestScore = sc[t];
        best = t;
      }
    }
    if (best == NONE) {
      throw new IllegalStateException("the parser found no applicable transition");
    }
    return best;
  }

  private boolean feasible(Sentence s, int t) {
    int buffered = s.n - s.next + 1;
    if (t == shift) {
      return buffered > 0;
    }
    boolean left = t < leftArcs;
    int label = left ? t : t - leftArcs;
    int head = s.stack(left ? 0 : 1);
    if (head < 0 || (head == 0) != (label == 0)) {
      return false; // only the root label attaches to the root, and only to it
    }
    return left ? s.stackSize > 2 : s.stackSize > 2 || (s.stackSize == 2 && buffered == 0);
  }

  private void apply(Sentence s, int t) {
    if (t == shift) {
      s.stack[s.stackSize++] = s.next++;
    } else if (t < leftArcs) {
      int head = s.stack(0);
      int dependent = s.stack(1);
      s.attach(dependent, head, t);
      s.stack[s.stackSize - 2] = head;
      s.stackSize--;
    } else {
      int head = s.stack(1);
      int dependent = s.stack(0);
      s.attach(dependent, head, t - leftArcs);
      s.stackSize--;
    }
  }

  /** Chen and Manning's 48 features: 18 words, 18 tags, 12 labels. */
  private void extract(Sentence s) {
    for (int j = 2; j >= 0; j--) {
      int k = s.stack(j);
      features[WORDS + 2 - j] = s.wordRow(k);
      features[TAGS + 2 - j] = s.tagRow(k);
    }
    for (int j = 0; j <= 2; j++) {
      int k = s.buffer(j);
      features[WORDS + 3 + j] = s.wordRow(k);
      features[TAGS + 3 + j] = s.tagRow(k);
    }
    for (int j = 0; j <= 1; j++) {
      int k = s.stack(j);
      int lc = s.leftChild(k, 1);
      int rc = s.rightChild(k, 1);
      int[] nodes = {lc, rc, s.leftChild(k, 2), s.rightChild(k, 2), s.leftChild(lc, 1), s.rightChild(rc, 1)};
      for (int m = 0; m < nodes.length; m++) {
        int slot = 6 + 6 * j + m;
        features[WORDS + slot] = s.wordRow(nodes[m]);
        features[TAGS + slot] = s.tagRow(nodes[m]);
        features[LABELS + 6 * j + m] = s.labelRow(nodes[m]);
      }
    }
  }

  /** The parser's state for one sentence; node 0 is the root, words are 1..n. */
  private static final class Sentence {
    final ParserModel model;
    final int n;
    final int[] stack;
    int stackSize;
    /** The first word still in the buffer. */
    int next = 1;
    final int[] head;
    final int[] label;
    /** Embedding rows of node k at k + 1, so that the missing node -1 has one too. */
    final int[] wordRows;
    final int[] tagRows;

    Sentence(ParserModel model, List<String> words, List<String> tags) {
      this.model = model;
      this.n = words.size();
      this.stack = new int[n + 1];
      this.stack[stackSize++] = 0;
      this.head = new int[n + 1];
      this.label = new int[n + 1];
      Arrays.fill(head, NONE);
      Arrays.fill(label, NONE);
      this.wordRows = new int[n + 2];
      this.tagRows = new int[n + 2];
      wordRows[0] = model.wordRow(ParserModel.NULL);
      tagRows[0] = model.posRow(ParserModel.NULL);
      wordRows[1] = model.wordRow(ParserModel.ROOT);
      tagRows[1] = model.posRow(ParserModel.ROOT);
      for (int i = 0; i < n; i++) {
        wordRows[i + 2] = model.wordRow(words.get(i));
        tagRows[i + 2] = model.posRow(tags.get(i));
      }
    }

    boolean done() {
      return stackSize == 1 && next > n;
    }

    Parse result() {
      String[] names = new String[n + 1];
      for (int i = 1; i <= n; i++) {
        names[i] = label[i] < 0 ? null : model.labels.get(label[i]);
      }
      return new Parse(Arrays.copyOf(head, n + 1), names);
    }

    int stack(int k) {
      return k < stackSize ? stack[stackSize - 1 - k] : NONE;
    }

    int buffer(int k) {
      int i = next + k;
      return i <= n ? i : NONE;
    }

    void attach(int dependent, int h, int labelIndex) {
      head[dependent] = h;
      label[dependent] = labelIndex;
    }

    int wordRow(int k) {
      return wordRows[k < NONE || k > n ? 0 : k + 1];
    }

    int tagRow(int k) {
      return tagRows[k < NONE || k > n ? 0 : k + 1];
    }

    int labelRow(int k) {
      int[] rows = model.labelRows;
      return k <= 0 || k > n || label[k] < 0 ? rows[rows.length - 1] : rows[label[k]];
    }

    int leftChild(int k, int count) {
      if (k < 0) {
        return NONE;
      }
      int seen = 0;
      for (int i = 1; i < k; i++) {
        if (head[i] == k && ++seen == count) {
          return i;
        }
      }
      return NONE;
    }

    int rightChild(int k, int count) {
      if (k < 0) {
        return NONE;
      }
      int seen = 0;
      for (int i = n; i > k; i--) {
        if (head[i] == k && ++seen == count) {
          return i;
        }
      }
      return NONE;
    }
  }
}
