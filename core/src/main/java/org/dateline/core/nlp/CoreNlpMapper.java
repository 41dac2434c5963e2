package org.dateline.core.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CorefChain;
import org.dateline.core.model.CorefMention;
import org.dateline.core.model.Dependency;
import org.dateline.core.model.EntityKind;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.Layer;
import org.dateline.core.model.Quote;
import org.dateline.core.model.Sentence;
import org.dateline.core.model.Span;
import org.dateline.core.model.TimeExpression;
import org.dateline.core.model.Token;
import org.jspecify.annotations.Nullable;

/** Copies one CoreNLP {@link Annotation} into Dateline's immutable records. Single use. */
final class CoreNlpMapper {
  private final Article article;
  private final Set<Layer> layers;
  private final List<CoreMap> sentences;
  /** The annotation coreference and quotes were computed on: the document or a sub-document. */
  private final Annotation deep;
  private final List<CoreMap> deepSentences;
  private final java.util.function.IntUnaryOperator toDocumentSentence;
  /** The deep annotation's token index to token, for quotes. */
  private final List<CoreLabel> deepTokens = new ArrayList<>();

  CoreNlpMapper(Article article, Set<Layer> layers, Annotation doc) {
    this(article, layers, doc, doc, i -> i);
  }

  /** For a document whose deep layers were computed on {@code sub}. */
  CoreNlpMapper(Article article, Set<Layer> layers, Annotation doc, SubDocument sub) {
    this(article, layers, doc, sub.annotation(), sub::documentSentence);
  }

  private CoreNlpMapper(
      Article article, Set<Layer> layers, Annotation doc, Annotation deep,
      java.util.function.IntUnaryOperator toDocumentSentence) {
    this.article = article;
    this.layers = layers;
    this.sentences = sentencesOf(doc);
    this.deep = deep;
    this.deepSentences = sentencesOf(deep);
    this.toDocumentSentence = toDocumentSentence;
    for (CoreMap sentence : deepSentences) {
      deepTokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  private static List<CoreMap> sentencesOf(Annotation a) {
    List<CoreMap> s = a.get(CoreAnnotations.SentencesAnnotation.class);
    return s == null ? List.of() : s;
  }

  AnnotatedDocument map() {
    List<Sentence> out = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      out.add(new Sentence(i, spanOf(s), tokens(tokens), dependencies(s)));
      if (layers.contains(Layer.ENTITIES)) {
        mentions(s, i, tokens, entities, times);
      }
    }
    return new AnnotatedDocument(
        article,
        layers,
        out,
        entities,
        times,
        layers.contains(Layer.COREF) ? coref() : List.of(),
        layers.contains(Layer.QUOTES) ? quotes() : List.of());
  }

  private List<Token> tokens(List<CoreLabel> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int t = 0; t < tokens.size(); t++) {
      CoreLabel l = tokens.get(t);
      Span span = new Span(l.beginPosition(), l.endPosition());
      out.add(
          new Token(
              t, span, span.of(article.text()), orEmpty(l.tag()), orEmpty(l.lemma()), orO(l.ner())));
    }
    return out;
  }

  private List<Dependency> dependencies(CoreMap s) {
    if (!layers.contains(Layer.DEPENDENCIES)) {
      return List.of();
    }
    SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g == null) {
      return List.of();
    }
    List<Dependency> out = new ArrayList<>();
    for (IndexedWord root : g.getRoots()) {
      out.add(new Dependency("root", Dependency.ROOT, root.index() - 1));
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      out.add(
          new Dependency(
              e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
    }
    out.sort(
        Comparator.comparingInt(Dependency::dependent)
            .thenComparingInt(Dependency::governor)
            .thenComparing(Dependency::relation));
    return out;
  }

  private void mentions(
      CoreMap s, int sentence, List<CoreLabel> tokens, List<EntityMention> entities,
      List<TimeExpression> times) {
    List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return;
    }
    for (CoreMap m : mentions) {
      Span span = spanOf(m);
      String label = orO(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      int[] range = tokenRange(tokens, span);
      if (range == null) {
        continue;
      }
      String text = span.of(article.text());
      entities.add(
          new EntityMention(span, text, label, EntityKind.ofLabel(label), sentence, range[0], range[1]));
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex != null && layers.contains(Layer.TIMES)) {
        Timex.Range r = timex.range();
        times.add(
            new TimeExpression(
                span,
                text,
                sentence,
                timex.timexType() == null ? label : timex.timexType(),
                timex.value(),
                r == null ? null : r.begin,
                r == null ? null : r.end));
      }
    }
  }

  private List<CorefChain> coref() {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains =
        deep.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains == null) {
      return List.of();
    }
    List<CorefChain> out = new ArrayList<>();
    for (edu.stanford.nlp.coref.data.CorefChain chain : chains.values()) {
      List<edu.stanford.nlp.coref.data.CorefChain.CorefMention> ms = chain.getMentionsInTextualOrder();
      if (ms.size() < 2) {
        continue; // singletons say nothing about coreference
      }
      List<CorefMention> mapped = new ArrayList<>();
      int representative = 0;
      edu.stanford.nlp.coref.data.CorefChain.CorefMention rep = chain.getRepresentativeMention();
      for (edu.stanford.nlp.coref.data.CorefChain.CorefMention m : ms) {
        List<CoreLabel> tokens = deepSentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        Span span =
            new Span(tokens.get(m.startIndex - 1).beginPosition(), tokens.get(m.endIndex - 2).endPosition());
        if (m == rep) {
          representative = mapped.size();
        }
        mapped.add(
            new CorefMention(
                span,
                span.of(article.text()),
                toDocumentSentence.applyAsInt(m.sentNum - 1),
                m.headIndex - 1,
                m.mentionType.name(),
                m.number.name(),
                m.gender.name()));
      }
      out.add(new CorefChain(chain.getChainID(), representative, mapped));
    }
    out.sort(Comparator.comparing(c -> c.mentions().get(0).span()));
    return out;
  }

  private List<Quote> quotes() {
    List<CoreMap> quotes = deep.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return List.of();
    }
    List<Quote> out = new ArrayList<>();
    for (CoreMap q : quotes) {
      Span span = spanOf(q);
      Span speakerSpan =
          tokenSpan(
              q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
              q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
      Span canonicalSpan =
          tokenSpan(
              q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
              q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
      out.add(
          new Quote(
              span,
              span.of(article.text()),
              speakerSpan == null ? null : speakerSpan.of(article.text()),
              speakerSpan,
              canonicalSpan == null ? null : canonicalSpan.of(article.text()),
              canonicalSpan));
    }
    return out;
  }

  /** Span of document tokens {@code [begin, end]} (inclusive, as CoreNLP's quote attribution). */
  private @Nullable Span tokenSpan(@Nullable Integer begin, @Nullable Integer end) {
    if (begin == null || end == null || begin < 0 || end < begin || end >= deepTokens.size()) {
      return null;
    }
    return new Span(deepTokens.get(begin).beginPosition(), deepTokens.get(end).endPosition());
  }

  private static int @Nullable [] tokenRange(List<CoreLabel> tokens, Span span) {
    int first = -1;
    int end = -1;
    for (int t = 0; t < tokens.size(); t++) {
      CoreLabel l = tokens.get(t);
      if (l.beginPosition() >= span.start() && l.endPosition() <= span.end()) {
        if (first < 0) {
          first = t;
        }
        end = t + 1;
      }
    }
    return first < 0 ? null : new int[] {first, end};
  }

  private static Span spanOf(CoreMap m) {
    return new Span(
        m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static String orO(@Nullable String s) {
    return s == null ? "O" : s;
  }
}
