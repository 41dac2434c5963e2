package org.dateline.core.nlp;

import java.io.InputStream;

/**
 * Where CoreNLP's fine-grained gazetteer lives in its models jar. The {@code lite} profile reads it
 * at run time (it is part of a Maven artifact, never copied into Dateline): {@link
 * GazetteerAnnotator} for its rows and, from the same read, the entity tagger's city names.
 */
final class LiteGazetteer {
  static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

  private LiteGazetteer() {}

  static InputStream open(String resource) {
    InputStream in = LiteGazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("CoreNLP's models jar is not on the class path (" + resource + " is missing)");
    }
    return in;
  }
}
