package org.dateline.core.nlp.rules;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Puts a cheap check in front of each of SUTime's TokensRegex rules inside a CoreNLP NER annotator.
 *
 * <p>SUTime applies several hundred rules to every sentence it is given, each by a sequence
 * matcher that starts at every token and builds branch states as it goes: most of the {@code lite}
 * pipeline's time and nearly all its garbage (issue 8, docs/speed.md). Most rules name words that a
 * given sentence does not contain ("January", "fortnight", a holiday). Each rule here first checks
 * its {@link PatternRequirement} against the sentence's tokens and runs only if that holds. A rule
 * skipped could not have matched, and the rules that run do so in CoreNLP's order on the same
 * input, so SUTime's output is unchanged ({@code GatedNerIT} compares it with CoreNLP's own NER).
 *
 * <p>CoreNLP exposes no way to reach the rule extractor, so the path to it is read reflectively.
 * If that path is not there (another CoreNLP version), nothing is installed, a warning is logged,
 * and SUTime runs as before.
 */
public final class RuleTriggers {
  private static final Logger LOG = Logger.getLogger(RuleTriggers.class.getName());

  private final List<GuardedRules<?, ?>> guarded;

  private RuleTriggers(List<GuardedRules<?, ?>> guarded) {
    this.guarded = guarded;
  }

  /**
   * Installs the checks on the SUTime extractor of this NER annotator. Returns what was installed;
   * null when the annotator runs no SUTime, or (with a warning) when its extractor cannot be reached.
   */
  public static RuleTriggers install(NERCombinerAnnotator ner) {
    try {
      Object combiner = PatternTree.field(ner, "ner");
      Object numbers = PatternTree.field(combiner, "nsc");
      if (numbers == null) {
        return null; // no numeric classifiers, so no SUTime
      }
      Object timex = PatternTree.field(numbers, "timexExtractor");
      if (timex == null) {
        return null;
      }
      Object extractor = PatternTree.field(timex, "expressionExtractor");
      return install((CoreMapExpressionExtractor<?>) extractor);
    } catch (ReflectiveOperationException | ClassCastException | IllegalStateException e) {
      LOG.warning("SUTime's rules run unchecked (cannot reach them in this CoreNLP): " + e);
      return null;
    }
  }

  /** Installs the checks on every stage of a TokensRegex extractor (idempotent). */
  static RuleTriggers install(CoreMapExpressionExtractor<?> extractor) throws ReflectiveOperationException {
    Map<?, ?> stages = (Map<?, ?>) PatternTree.field(extractor, "stages");
    List<GuardedRules<?, ?>> guarded = new ArrayList<>();
    for (Object stage : stages.values()) {
      guard(stage, "basicExtractRule", false, guarded);
      guard(stage, "compositeExtractRule", true, guarded);
    }
    return new RuleTriggers(guarded);
  }

  private static void guard(Object stage, String name, boolean composite, List<GuardedRules<?, ?>> out)
      throws ReflectiveOperationException {
    Object current = PatternTree.field(stage, name);
    if (current instanceof GuardedRules<?, ?> g) {
      out.add(g);
      return;
    }
    if (!(current instanceof SequenceMatchRules.ListExtractRule<?, ?>)) {
      return; // no rules, or a single rule: nothing worth checking
    }
    @SuppressWarnings("unchecked")
    List<SequenceMatchRules.ExtractRule<Object, Object>> rules =
        (List<SequenceMatchRules.ExtractRule<Object, Object>>) PatternTree.field(current, "rules");
    List<PatternRequirement> requirements = new ArrayList<>(rules.size());
    List<Class<?>> sources = new ArrayList<>(rules.size());
    for (SequenceMatchRules.ExtractRule<Object, Object> rule : rules) {
      PatternRequirement required = PatternRequirement.NONE;
      Class<?> source = null;
      if (rule instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> aer
          && aer.pattern instanceof SequencePattern<?> pattern
          && (SequenceMatchRules.TOKEN_PATTERN_RULE_TYPE.equals(aer.ruleType)
              || SequenceMatchRules.COMPOSITE_RULE_TYPE.equals(aer.ruleType))) {
        required = PatternRequirement.of(pattern);
        // As CoreNLP's rule creators choose it: a token rule runs over the annotation it names.
        source = composite ? null : aer.annotationField == null ? CoreMap.class : aer.annotationField;
      }
      requirements.add(required);
      sources.add(source);
    }
    GuardedRules<Object, Object> g = new GuardedRules<>(rules, requirements, sources);
    PatternTree.set(stage, name, g);
    out.add(g);
  }

  /** Rules guarded, and of those, how many carry a check (the rest always run). */
  public int[] rules() {
    int total = 0;
    int checked = 0;
    for (GuardedRules<?, ?> g : guarded) {
      total += g.size();
      checked += g.checked();
    }
    return new int[] {total, checked};
  }

  /** Rule applications run and skipped so far, over all stages. */
  public long[] counts() {
    long run = 0;
    long skipped = 0;
    for (GuardedRules<?, ?> g : guarded) {
      long[] c = g.counts();
      run += c[0];
      skipped += c[1];
    }
    return new long[] {run, skipped};
  }
}
