package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The {@code lite} profile's dependency parse: CoreNLP's neural parser with the same model, but only
 * the enhanced++ graph that {@link CoreNlpMapper} reads is built from its parse. CoreNLP's own
 * annotator turns every parse into five graphs (basic, collapsed, CC-processed, enhanced,
 * enhanced++), and building them cost more than the parse itself (docs/speed.md); the graph kept is
 * made by the same call with the same arguments, so the dependencies are identical.
 *
 * <p>One instance per pipeline, like CoreNLP's (the parser keeps per-call state only, but the
 * pipeline is not shared between threads anyway).
 */
public final class LeanDependencyParseAnnotator implements Annotator {
  /** The name CoreNLP knows it by in an annotator list. */
  static final String NAME = "dldepparse";

  /**
   * Hidden-layer slices of the features the model does not pre-compute, kept per parser: CoreNLP's
   * default is 5,000; 20,000 (~80 MB) took a tenth off the parse's CPU (docs/speed.md). A slice is
   * the same whether it comes from the cache or not, so the parses do not change.
   */
  static final int NUM_CACHED = 20_000;

  private final DependencyParser parser;
  private final GrammaticalStructure.Extras extras;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.dldepparse}. */
  public LeanDependencyParseAnnotator(String name, Properties props) {
    Properties own = PropertiesUtils.extractPrefixedProperties(props, name + ".");
    own.putIfAbsent("numCached", Integer.toString(NUM_CACHED));
    this.parser = DependencyParser.loadFromModelFile(
        own.getProperty("model", DependencyParser.DEFAULT_MODEL), own);
    this.extras = GrammaticalStructure.Extras.valueOf(own.getProperty("extradependencies", "NONE"));
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap sentence : sentences) {
      GrammaticalStructure gs = parser.predict(sentence);
      SemanticGraph graph = SemanticGraphFactory.makeFromTree(
          gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, extras, null);
      sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }
}
