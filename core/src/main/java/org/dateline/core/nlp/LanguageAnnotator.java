package org.dateline.core.nlp;

import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.Layer;
import java.util.Set;

/**
 * The language-annotation stage: Article in, AnnotatedDocument out. Spans in the output index into
 * the article's original text; the dateline is not annotated as part of the body.
 */
public interface LanguageAnnotator {

  AnnotatedDocument annotate(Article article);

  /** The layers every document from this annotator carries. */
  Set<Layer> layers();
}
