package org.dateline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import org.dateline.core.nlp.parse.ParserModel;
import org.dateline.core.nlp.parse.TransitionParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The {@code lite} profile's dependency parse: CoreNLP's neural parser model, decoded by
 * Dateline's {@link TransitionParser}, and only the enhanced++ graph that {@link CoreNlpMapper}
 * reads is built from the parse. CoreNLP's own annotator turns every parse into five graphs (basic,
 * collapsed, CC-processed, enhanced, enhanced++), and building them cost more than the parse
 * itself; its scoring spends most of the rest on dot products the processor cannot overlap
 * (docs/speed.md). The trees are the same as CoreNLP's (same model, features, transitions and
 * arithmetic), and the graph kept is made by the same call with the same arguments, so the
 * dependencies are identical ({@code LeanDependencyParseIT}).
 *
 * <p>One instance per pipeline; the model's weights are loaded once and shared by all of them.
 */
public final class LeanDependencyParseAnnotator implements Annotator {
  /** The name CoreNLP knows it by in an annotator list. */
  static final String NAME = "dldepparse";

  private final TransitionParser parser;
  private final GrammaticalStructure.Extras extras;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.dldepparse}. */
  public LeanDependencyParseAnnotator(String name, Properties props) {
    Properties own = PropertiesUtils.extractPrefixedProperties(props, name + ".");
    this.parser = new TransitionParser(
        ParserModel.load(own.getProperty("model", DependencyParser.DEFAULT_MODEL)));
    this.extras = GrammaticalStructure.Extras.valueOf(own.getProperty("extradependencies", "NONE"));
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    // All the document's sentences in one call: the parser scores several side by side.
    List<List<String>> words = new ArrayList<>(sentences.size());
    List<List<String>> tags = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<String> w = new ArrayList<>(tokens.size());
      List<String> t = new ArrayList<>(tokens.size());
      for (CoreLabel token : tokens) {
        w.add(token.word());
        t.add(token.tag());
      }
      words.add(w);
      tags.add(t);
    }
    List<TransitionParser.Parse> parses = parser.parseAll(words, tags);
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      GrammaticalStructure gs = structure(sentence.get(CoreAnnotations.TokensAnnotation.class), parses.get(i));
      SemanticGraph graph = SemanticGraphFactory.makeFromTree(
          gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, extras, null);
      sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
    }
  }

  /** The parse as the grammatical structure CoreNLP's parser would return for it. */
  private GrammaticalStructure structure(List<CoreLabel> tokens, TransitionParser.Parse parse) {
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = parse.heads()[i];
      IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(parse.labels()[i]);
      dependencies.add(new TypedDependency(relation, headWord, new IndexedWord(tokens.get(i - 1))));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null ? known
        : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
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
