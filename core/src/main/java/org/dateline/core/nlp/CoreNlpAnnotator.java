package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Layer;
import org.dateline.core.time.TimeAnchoring;

/**
 * {@link LanguageAnnotator} backed by one Stanford CoreNLP pipeline, loaded once in the constructor
 * (10-40 s, 1-2 GB of heap with coreference) and reused for every article.
 *
 * <p>Thread-safe: {@link #annotate} is serialised because CoreNLP's quote annotator is not safe for
 * concurrent use. For parallelism build one instance per worker thread: each instance has its own
 * annotators (CoreNLP's JVM-wide annotator cache is bypassed).
 */
public final class CoreNlpAnnotator implements LanguageAnnotator {
  private final NlpConfig config;
  private final TimedStages stages;
  private final SentenceSelector selector;
  /** Index of the first stage that runs only on selected sentences (FAST), or the stage count. */
  private final int deepFrom;
  private final CorefRepair corefRepair = new CorefRepair();
  private final LightCoref lightCoref;
  private final TimeAnchoring timeAnchoring = new TimeAnchoring();

  /**
   * With every sentence selected: under {@link NlpConfig.Profile#FAST} this still runs the cheaper
   * NER, but parses every sentence. Coding uses {@link #CoreNlpAnnotator(NlpConfig,
   * SentenceSelector)} with the lexicons' selector.
   */
  public CoreNlpAnnotator(NlpConfig config) {
    this(config, SentenceSelector.ALL);
  }

  /** A pipeline whose deep layers run only on the sentences {@code selector} wants (FAST). */
  public CoreNlpAnnotator(NlpConfig config, SentenceSelector selector) {
    this.config = config;
    Properties props = properties(config);
    this.lightCoref =
        new LightCoref(config.profile() == NlpConfig.Profile.LITE ? RuleEntityAnnotator.shippedLexicon().firstNames() : Map.of());
    this.selector = config.profile() == NlpConfig.Profile.FULL ? SentenceSelector.ALL : selector;
    StanfordCoreNLP pipeline;
    // CoreNLP caches annotators JVM-wide; clearing the cache first gives this instance its own,
    // so instances on different threads never share a non-thread-safe annotator (quote).
    synchronized (CoreNlpAnnotator.class) {
      StanfordCoreNLP.clearAnnotatorPool();
      pipeline = new StanfordCoreNLP(props);
      StanfordCoreNLP.clearAnnotatorPool();
    }
    this.stages = new TimedStages(pipeline);
    this.deepFrom = this.selector == SentenceSelector.ALL ? stages.size()
        : Math.min(stages.indexOf(DEEP_FROM), stages.indexOf(LEAN_DEEP_FROM));
  }

  /** The first annotator that runs on the selected sentences only: everything after NER. */
  private static final String DEEP_FROM = "DependencyParse";
  /** The same under LITE, whose parse annotator builds only the graph Dateline reads. */
  private static final String LEAN_DEEP_FROM = "LeanDependencyParse";

  /**
   * Time spent in each CoreNLP annotator so far, and tokens it processed, in pipeline order: for
   * benchmarks.
   */
  public synchronized Map<String, long[]> stageTimings() {
    return stages.timings();
  }

  @Override
  public Set<Layer> layers() {
    return config.layers();
  }

  @Override
  public synchronized AnnotatedDocument annotate(Article article) {
    Annotation doc = new Annotation(bodyOnly(article));
    if (article.referenceDate() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.referenceDate().toString());
    }
    AnnotatedDocument mapped;
    if (deepFrom >= stages.size()) {
      stages.annotate(doc, 0, stages.size());
      mapped = new CoreNlpMapper(article, config.layers(), doc).map();
    } else {
      stages.annotate(doc, 0, deepFrom);
      SubDocument sub = SubDocument.of(doc, SubDocument.choose(doc, selector));
      try {
        stages.annotate(sub.annotation(), deepFrom, stages.size());
      } finally {
        sub.restore();
      }
      mapped = new CoreNlpMapper(article, config.layers(), doc, sub).map();
    }
    if (config.layers().contains(Layer.COREF)) {
      if (config.profile() == NlpConfig.Profile.LITE) {
        mapped = lightCoref.apply(mapped);
      }
      mapped = corefRepair.apply(mapped);
    }
    if (config.layers().contains(Layer.TIMES) && config.layers().contains(Layer.POS)) {
      mapped = timeAnchoring.apply(mapped);
    }
    return mapped;
  }

  /**
   * The text CoreNLP sees: the original with the dateline blanked out by spaces, so the header is
   * not parsed as part of the first sentence while every offset stays valid for the original.
   */
  static String bodyOnly(Article article) {
    int body = article.bodyStart();
    if (body == 0) {
      return article.text();
    }
    StringBuilder sb = new StringBuilder(article.text());
    for (int i = 0; i < body; i++) {
      if (sb.charAt(i) != '\n') {
        sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }

  /**
   * Under LITE: CoreNLP's NER runs its number and time rules only where they can fire ({@link
   * GatedNerAnnotator}), its fine-grained gazetteer is applied by {@link GazetteerAnnotator}, our
   * tagger follows them, the parse builds only the enhanced++ graph ({@link
   * LeanDependencyParseAnnotator}), and CoreNLP's coref is replaced by {@link LightCoref}.
   */
  private static List<String> liteAnnotators(NlpConfig config) {
    List<String> out = new ArrayList<>();
    for (String a : config.annotators()) {
      if (a.equals("coref")) {
        continue;
      }
      if (a.equals("ner")) {
        out.add(GatedNerAnnotator.NAME);
        out.add(GazetteerAnnotator.NAME);
        out.add(RuleEntityAnnotator.NAME);
      } else if (a.equals("depparse")) {
        out.add(LeanDependencyParseAnnotator.NAME);
      } else {
        out.add(a);
      }
    }
    return out;
  }

  static final String FAST_NER_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  static Properties properties(NlpConfig config) {
    Properties p = new Properties();
    boolean lite = config.profile() == NlpConfig.Profile.LITE;
    p.setProperty("annotators", String.join(",", lite ? liteAnnotators(config) : config.annotators()));
    p.setProperty("tokenize.language", "en");
    // Paragraphs are separated by blank lines; a single newline may be hard wrapping.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.useSUTime", "true");
    if (config.profile() == NlpConfig.Profile.FAST) {
      // One CRF instead of CoreNLP's three (all.3class, conll.4class, muc.7class): NER is most of
      // the pipeline's time and the other two add little on news once SUTime and the numeric
      // and fine-grained rules run (measured in docs/speed.md).
      p.setProperty("ner.model", FAST_NER_MODEL);
    }
    p.setProperty("ner.applyFineGrained", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    if (lite) {
      // No CRF at all: NER is SUTime and the numeric classifiers, then the fine-grained gazetteer
      // from a trie (CoreNLP's own step was two thirds of lite's time, docs/speed.md), and
      // Dateline's tagger adds persons, organisations and places, then builds the mentions.
      p.setProperty("ner.model", "");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.buildEntityMentions", "false");
      p.setProperty("customAnnotatorClass." + GatedNerAnnotator.NAME, GatedNerAnnotator.class.getName());
      p.setProperty("customAnnotatorClass." + GazetteerAnnotator.NAME, GazetteerAnnotator.class.getName());
      p.setProperty("customAnnotatorClass." + RuleEntityAnnotator.NAME, RuleEntityAnnotator.class.getName());
      p.setProperty("customAnnotatorClass." + LeanDependencyParseAnnotator.NAME,
          LeanDependencyParseAnnotator.class.getName());
      // Quote attribution needs CoreNLP's coreference mentions, which lite does not compute.
      p.setProperty("quote.attributeQuotes", "false");
      return p;
    }
    p.setProperty("coref.language", "en");
    p.setProperty(
        "coref.algorithm",
        switch (config.coref()) {
          case STATISTICAL -> "statistical";
          case FASTNEURAL -> "fastneural";
        });
    p.setProperty("quote.attributeQuotes", "true");
    return p;
  }
}
