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

  private final DependencyParser parser;
  private final GrammaticalStructure.Extras extras;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.dldepparse}. */
  public LeanDependencyParseAnnotator(String name, Properties props) {
    String model = props.getProperty(name + ".model", DependencyParser.DEFAULT_MODEL);
    Properties own = new Properties();
    String prefix = name + ".";
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith(prefix)) {
        own.setProperty(key.substring(prefix.length()), props.getProperty(key));
      }
    }
    this.parser = DependencyParser.loadFromModelFile(model, own);
    this.extras = GrammaticalStructure.Extras.valueOf(
        props.getProperty(name + ".extradependencies", "NONE"));
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
