package org.dateline.core.nlp.parse;

import edu.stanford.nlp.io.IOUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The weights of one of CoreNLP's neural dependency parser models (Chen and Manning's greedy
 * transition parser, {@code edu/stanford/nlp/models/parser/nndep/*.gz}), laid out for fast scoring
 * and shared, read-only, by every parser in the JVM.
 *
 * <p>CoreNLP keeps both weight matrices row by row and scores each transition as 83 separate dot
 * products over the 1,000 hidden units: each a chain of dependent additions the processor cannot
 * overlap. Here both are stored transposed, so a layer is a sequence of independent element-wise
 * updates the JIT vectorises, while every output still sums the same terms in the same order as
 * CoreNLP's, so the scores, and with them the parses, are bit-for-bit the same.
 *
 * <p>The model file lists its features by frequency; the hidden-layer contributions of the first
 * {@link #PRECOMPUTED} of them are precomputed in double precision, and those of other features are
 * rounded to float when cached, exactly as CoreNLP's {@code Classifier} does by default (it is this
 * mix of precisions, not a choice of ours, that the identical scores depend on).
 */
public final class ParserModel {
  /** CoreNLP's default {@code numPreComputed}. */
  static final int PRECOMPUTED = 20_000;

  static final String UNKNOWN = "-UNKNOWN-";
  static final String NULL = "-NULL-";
  static final String ROOT = "-ROOT-";

  /**
   * Models in use, by path. Weakly held: a model lives as long as a parser uses it, then its ~200 MB
   * can be collected (a JVM that codes with Dateline and then runs CoreNLP's own pipeline, as
   * {@code bench} does, needs the room).
   */
  private static final Map<String, WeakReference<ParserModel>> LOADED = new ConcurrentHashMap<>();

  final int embeddingSize;
  final int hiddenSize;
  final int numTokens;
  /** Dependency labels without {@code -NULL-}; the first is the root label. */
  final List<String> labels;
  private final Map<String, Integer> wordRows;
  private final Map<String, Integer> posRows;
  private final int unknownWordRow;
  private final int unknownPosRow;
  /** Embedding row of each label index, and of {@code -NULL-} at index {@code labels.size()}. */
  final int[] labelRows;
  final float[][] embeddings;
  /** W1 transposed: one row of hidden-unit weights per input (feature position × embedding dim). */
  final float[][] w1ByInput;
  final float[] b1;
  /**
   * W2 transposed: one row of transition weights per hidden unit, widened to double (exactly) once
   * here rather than on every use, which the JIT would not vectorise. Rows are padded with zeros
   * to a multiple of 32 doubles, so the vectorised scoring loop leaves no elements to a scalar tail.
   */
  final double[][] w2ByHidden;
  final int numTransitions;
  /** Sorted feature keys (row × numTokens + position) whose contributions are precomputed. */
  final int[] precomputedKeys;
  final double[][] precomputedRows;
  final SliceCache cache;

  private ParserModel(BufferedReader in, String path) throws IOException {
    String line = in.readLine();
    if (line != null && line.startsWith("language=")) {
      throw new IllegalArgumentException(path + ": only CoreNLP's English UD models in the legacy"
          + " format are supported by Dateline's parser (found " + line + "); use CoreNLP's depparse");
    }
    int nDict = header(line, "dict", path);
    int nPos = header(in.readLine(), "pos", path);
    int nLabel = header(in.readLine(), "label", path);
    embeddingSize = header(in.readLine(), "embeddingSize", path);
    hiddenSize = header(in.readLine(), "hiddenSize", path);
    numTokens = header(in.readLine(), "numTokens", path);
    int nPreComputed = header(in.readLine(), "preComputed", path);

    embeddings = new float[nDict + nPos + nLabel][];
    List<String> words = readEmbeddings(in, 0, nDict);
    List<String> tags = readEmbeddings(in, nDict, nPos);
    List<String> allLabels = readEmbeddings(in, nDict + nPos, nLabel);
    wordRows = rows(words, 0);
    posRows = rows(tags, nDict);
    if (!wordRows.containsKey(UNKNOWN) || !posRows.containsKey(UNKNOWN)) {
      throw new IllegalArgumentException(path + ": the model has no " + UNKNOWN + " word or tag");
    }
    unknownWordRow = wordRows.get(UNKNOWN);
    unknownPosRow = posRows.get(UNKNOWN);
    if (!NULL.equals(allLabels.get(0))) {
      throw new IllegalArgumentException(path + ": the first label is not " + NULL);
    }
    labels = List.copyOf(allLabels.subList(1, allLabels.size()));
    labelRows = new int[labels.size() + 1];
    for (int i = 0; i < labels.size(); i++) {
      labelRows[i] = nDict + nPos + 1 + i;
    }
    labelRows[labels.size()] = nDict + nPos;

    w1ByInput = readRows(in, embeddingSize * numTokens, hiddenSize);
    b1 = readRows(in, 1, hiddenSize)[0];
    numTransitions = 2 * labels.size() + 1;
    w2ByHidden = widen(readRows(in, hiddenSize, numTransitions), 32);

    List<Integer> frequent = new ArrayList<>(nPreComputed);
    while (frequent.size() < nPreComputed) {
      for (String id : next(in).split(" ")) {
        frequent.add(Integer.parseInt(id));
      }
    }
    int[] keys = frequent.stream().limit(PRECOMPUTED).mapToInt(Integer::intValue).distinct().sorted().toArray();
    precomputedKeys = keys;
    precomputedRows = new double[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      precomputedRows[i] = hiddenSlice(keys[i]);
    }
    cache = new SliceCache();
  }

  /**
   * The model at {@code path} (a file or classpath resource, gzipped or not), read once and shared
   * while any parser uses it.
   */
  public static ParserModel load(String path) {
    ParserModel[] loaded = new ParserModel[1];
    LOADED.compute(path, (p, ref) -> {
      loaded[0] = ref == null ? null : ref.get();
      if (loaded[0] == null) {
        try (BufferedReader in = IOUtils.readerFromString(p)) {
          loaded[0] = new ParserModel(in, p);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the parser model " + p + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(p + ": a number in the model is malformed: " + e.getMessage(), e);
        }
        return new WeakReference<>(loaded[0]);
      }
      return ref;
    });
    return loaded[0];
  }

  int wordRow(String word) {
    Integer row = wordRows.get(word);
    return row == null ? unknownWordRow : row;
  }

  int posRow(String tag) {
    Integer row = tag == null ? null : posRows.get(tag);
    return row == null ? unknownPosRow : row;
  }

  /**
   * The hidden-layer contribution of a feature (its key is embedding row × numTokens + feature
   * position), summed in double precision in the order CoreNLP sums it.
   */
  double[] hiddenSlice(int key) {
    int row = key / numTokens;
    int offset = (key % numTokens) * embeddingSize;
    double[] sum = new double[hiddenSize];
    float[] e = embeddings[row];
    for (int j = 0; j < embeddingSize; j++) {
      float x = e[j];
      float[] w = w1ByInput[offset + j];
      for (int i = 0; i < hiddenSize; i++) {
        sum[i] += w[i] * x;
      }
    }
    return sum;
  }

  /** The contribution of a feature that is not precomputed: rounded to float, as CoreNLP caches it. */
  float[] roundedSlice(int key) {
    float[] cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    double[] sum = hiddenSlice(key);
    float[] slice = new float[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      slice[i] = (float) sum[i];
    }
    cache.put(key, slice);
    return slice;
  }

  private List<String> readEmbeddings(BufferedReader in, int first, int count) throws IOException {
    List<String> names = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      String[] parts = next(in).split(" ");
      names.add(parts[0]);
      float[] v = new float[embeddingSize];
      for (int i = 0; i < embeddingSize; i++) {
        v[i] = Float.parseFloat(parts[i + 1]);
      }
      embeddings[first + k] = v;
    }
    return names;
  }

  /** Reads {@code lines} lines of {@code width} floats: a matrix stored column by column. */
  private static float[][] readRows(BufferedReader in, int lines, int width) throws IOException {
    float[][] m = new float[lines][width];
    for (int j = 0; j < lines; j++) {
      String[] parts = next(in).split(" ");
      if (parts.length < width) {
        throw new IOException("a weight line has " + parts.length + " values, expected " + width);
      }
      for (int i = 0; i < width; i++) {
        m[j][i] = Float.parseFloat(parts[i]);
      }
    }
    return m;
  }

  private static double[][] widen(float[][] m, int multiple) {
    double[][] wide = new double[m.length][];
    for (int j = 0; j < m.length; j++) {
      wide[j] = new double[(m[j].length + multiple - 1) / multiple * multiple];
      for (int i = 0; i < m[j].length; i++) {
        wide[j][i] = m[j][i];
      }
    }
    return wide;
  }

  private static String next(BufferedReader in) throws IOException {
    String line = in.readLine();
    if (line == null) {
      throw new IOException("the file ends before the model does");
    }
    return line;
  }

  private static Map<String, Integer> rows(List<String> names, int first) {
    Map<String, Integer> rows = new HashMap<>(names.size() * 2);
    for (int i = 0; i < names.size(); i++) {
      rows.put(names.get(i), first + i);
    }
    return rows;
  }

  private static int header(String line, String key, String path) {
    if (line == null || !line.startsWith(key + "=")) {
      throw new IllegalArgumentException(path + ": expected the header " + key + "=N, found " + line);
    }
    return Integer.parseInt(line.substring(key.length() + 1).trim());
  }

  int precomputedIndex(int key) {
    return Arrays.binarySearch(precomputedKeys, key);
  }
}
