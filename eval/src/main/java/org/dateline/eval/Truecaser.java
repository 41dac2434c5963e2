package org.dateline.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Restores letter case to all-capitals text (the MUC-4 messages) with CoreNLP's caseless truecasing
 * model, so that the tagger, parser and NER see the mixed case they were trained on. Every token is
 * rewritten in place with a string of the same length, so offsets into the recased text are
 * offsets into the original. Loading the model takes ~20 s and ~1 GB; built once per run. Not
 * thread-safe.
 */
final class Truecaser {
  private final StanfordCoreNLP pipeline;

  Truecaser() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,truecase");
    p.setProperty("truecase.model", "edu/stanford/nlp/models/truecase/truecasing.fast.caseless.qn.ser.gz");
    p.setProperty("tokenize.options", "invertible=true");
    this.pipeline = new StanfordCoreNLP(p);
  }

  String recase(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    char[] out = text.toCharArray();
    for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
      String cased = t.get(CoreAnnotations.TrueCaseTextAnnotation.class);
      int start = t.beginPosition();
      int end = t.endPosition();
      // Tokens the tokenizer normalised ("``" for a quote) keep their original characters.
      if (cased != null && cased.length() == end - start
          && cased.equalsIgnoreCase(text.substring(start, end))) {
        cased.getChars(0, cased.length(), out, start);
      }
    }
    return new String(out);
  }
}
