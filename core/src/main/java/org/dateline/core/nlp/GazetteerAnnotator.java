package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code lite} profile's fine-grained NER: CoreNLP's gazetteer rows (read at run time from its
 * models jar) applied by {@link FineGazetteer} after {@link GatedNerAnnotator}, in place of
 * CoreNLP's {@code ner.applyFineGrained} step and with the same result. As CoreNLP does for NER,
 * words the tokenizer split at a hyphen ("U.S.-backed") are matched as one word. The caseless
 * file's CITY rows are left out: they only relabel what a statistical model called a place, and
 * {@code lite} has none (the entity tagger reads the cities itself). Thread-safe: the gazetteer is
 * built once per JVM and shared.
 */
public final class GazetteerAnnotator implements Annotator {
  /** The name CoreNLP knows it by in an annotator list. */
  static final String NAME = "dlgazetteer";
  /** Words after a hyphen that CoreNLP's NER keeps apart ("Chicago-based"), as it does. */
  private static final Set<String> HYPHEN_EXCEPTIONS =
      Set.of("based", "area", "registered", "headquartered", "native", "born", "raised", "backed",
          "controlled", "owned", "resident", "trained", "educated");

  /** Plain names (letters, apostrophes, dots, spaces, hyphens) among the caseless file's CITY rows. */
  private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[\\p{L}' .-]+");

  private final FineGazetteer gazetteer;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.dlgazetteer}. */
  public GazetteerAnnotator(String name, Properties props) {
    this.gazetteer = shipped().gazetteer();
  }

  /**
   * CoreNLP's gazetteer as this annotator applies it, and the caseless file's plain CITY names,
   * which the entity tagger reads (lower case): both from one read of the 18 MB file.
   */
  record Shipped(FineGazetteer gazetteer, Set<String> cities) {}

  private static @Nullable Shipped shipped;

  /** CoreNLP's two gazetteer files, read once per JVM. */
  static synchronized Shipped shipped() {
    if (shipped == null) {
      FineGazetteer g = new FineGazetteer();
      Set<String> cities = new HashSet<>();
      try (BufferedReader caseless = reader(LiteGazetteer.CASELESS);
          BufferedReader cased = reader(LiteGazetteer.CASED)) {
        g.read(caseless, true, "CITY", line -> addCity(cities, line), LiteGazetteer.CASELESS)
            .read(cased, false, null, LiteGazetteer.CASED);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read CoreNLP's fine-grained gazetteer", e);
      }
      shipped = new Shipped(g, Set.copyOf(cities));
    }
    return shipped;
  }

  private static void addCity(Set<String> cities, String line) {
    int tab = line.indexOf('\t');
    if (tab > 0 && line.startsWith("CITY\t", tab + 1) && PLAIN_NAME.matcher(line).region(0, tab).matches()) {
      cities.add(line.substring(0, tab).toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static BufferedReader reader(String resource) {
    return new BufferedReader(new InputStreamReader(LiteGazetteer.open(resource), StandardCharsets.UTF_8));
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || tokens.isEmpty()) {
        continue;
      }
      annotate(tokens);
      for (CoreLabel t : tokens) {
        // CoreNLP's fine-grained step leaves its label here too; kept for readers of CoreNLP's output.
        t.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, t.ner());
      }
    }
  }

  private void annotate(List<CoreLabel> tokens) {
    List<int[]> groups = hyphenGroups(tokens);
    int n = groups.size();
    String[] words = new String[n];
    String[] tags = new String[n];
    String[] ner = new String[n];
    for (int g = 0; g < n; g++) {
      int[] span = groups.get(g);
      StringBuilder w = new StringBuilder();
      for (int i = span[0]; i < span[1]; i++) {
        w.append(tokens.get(i).word());
      }
      words[g] = w.toString();
      tags[g] = tokens.get(span[0]).tag();
      ner[g] = tokens.get(span[0]).ner();
    }
    String[] before = ner.clone();
    gazetteer.apply(words, tags, ner);
    for (int g = 0; g < n; g++) {
      if (ner[g] != null && !ner[g].equals(before[g])) {
        int[] span = groups.get(g);
        for (int i = span[0]; i < span[1]; i++) {
          tokens.get(i).setNER(ner[g]);
        }
      }
    }
  }

  /**
   * Token ranges {@code [start, end)} that CoreNLP's NER treats as one word: a hyphen with no space
   * before it joins the words either side, unless the word after it is one of the exceptions.
   */
  static List<int[]> hyphenGroups(List<CoreLabel> tokens) {
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      CoreLabel curr = tokens.get(k);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean join = false;
      if (last != null && noSpaceAfter(tokens.get(last[1] - 1))) {
        if (curr.word().equals("-")) {
          join = k + 1 < tokens.size() && !HYPHEN_EXCEPTIONS.contains(tokens.get(k + 1).word());
        } else {
          join = tokens.get(last[1] - 1).word().endsWith("-") && !HYPHEN_EXCEPTIONS.contains(curr.word());
        }
      }
      if (join) {
        last[1] = k + 1;
      } else {
        out.add(new int[] {k, k + 1});
      }
    }
    return out;
  }

  private static boolean noSpaceAfter(CoreLabel t) {
    return t.containsKey(CoreAnnotations.AfterAnnotation.class) && "".equals(t.after());
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class);
  }
}
