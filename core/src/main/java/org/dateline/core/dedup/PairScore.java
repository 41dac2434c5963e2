package org.dateline.core.dedup;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dateline.core.events.PloverType;
import org.dateline.core.geo.Geo;
import org.jspecify.annotations.Nullable;

/**
 * How likely two event mentions report the same happening, 0..1; 0 also when a hard constraint
 * rules it out (incompatible types, dates too far apart for their precision, places too far apart
 * for theirs). Works on {@link Prepared} signatures so a mention's words are counted once.
 */
final class PairScore {
  private final DedupConfig config;

  PairScore(DedupConfig config) {
    this.config = config;
  }

  /** A signature with its term vectors computed once. */
  record Prepared(EventSignature sig, String triggerStem, Map<String, Double> evidence, Map<String, Double> context) {
    static Prepared of(EventSignature s) {
      return new Prepared(s, Terms.stem(s.triggerLemma().strip()), Vectors.unit(s.evidence()), Vectors.unit(s.context()));
    }
  }

  double score(Prepared a, Prepared b) {
    EventSignature x = a.sig();
    EventSignature y = b.sig();
    if (!typesCompatible(x, y) || !datesCompatible(x.date(), y.date()) || !placesCompatible(x.place(), y.place())) {
      return 0;
    }
    double t = triggerSimilarity(a.triggerStem(), b.triggerStem());
    if (t == 0) {
      return 0;
    }
    double s = config.trigger();
    s += config.evidence() * Vectors.cosine(a.evidence(), b.evidence());
    s += config.context() * Vectors.cosine(a.context(), b.context());
    s += config.actors() * actorOverlap(x, y);
    s += config.agreement() * agreement(x, y);
    // The other evidence only counts between mentions of one kind of happening: two different
    // triggers in one sentence share all their words and are still two events.
    s *= t;
    return s;
  }

  /**
   * 1 for the same stem, ½ when one stem extends the other ("appoint"/"appointment"), else 0.
   * Synonyms ("kill"/"slay") are missed: the price of needing no word vectors.
   */
  static double triggerSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    if (Math.min(a.length(), b.length()) >= 4 && (a.startsWith(b) || b.startsWith(a))) {
      return 0.5;
    }
    return 0;
  }

  /**
   * Same PLOVER type, or no type on one side. Two different types may still be one happening seen
   * from two sides ("attack" ASSAULT / "clash" COERCE) only within one quad class.
   */
  static boolean typesCompatible(EventSignature x, EventSignature y) {
    if (x.type() == null || y.type() == null || x.type().equals(y.type())) {
      return true;
    }
    PloverType a = PloverType.ofLabel(x.type()).orElse(null);
    PloverType b = PloverType.ofLabel(y.type()).orElse(null);
    return a == null || b == null || a.quad() == b.quad();
  }

  static boolean datesCompatible(EventSignature.@Nullable DateRef a, EventSignature.@Nullable DateRef b) {
    if (a == null || b == null) {
      return true;
    }
    int slack = Math.max(a.slackDays(), b.slackDays());
    return !a.start().minusDays(slack).isAfter(b.end()) && !b.start().minusDays(slack).isAfter(a.end());
  }

  static boolean placesCompatible(EventSignature.@Nullable PlaceRef a, EventSignature.@Nullable PlaceRef b) {
    if (a == null || b == null) {
      return true;
    }
    if (a.hasCoordinates() && b.hasCoordinates()) {
      double tolerance = Math.max(a.precision().toleranceKm(), b.precision().toleranceKm());
      return Geo.distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) <= tolerance;
    }
    return a.country() == null || b.country() == null || a.country().equals(b.country());
  }

  /** Jaccard overlap of actor codes and, separately, of name words; the better of the two. */
  static double actorOverlap(EventSignature x, EventSignature y) {
    return Math.max(jaccard(x.actorCodes(), y.actorCodes()), jaccard(nameWords(x), nameWords(y)));
  }

  /** 1 when both place and date are known and agree exactly, ½ when one of them does, else 0. */
  static double agreement(EventSignature x, EventSignature y) {
    double s = 0;
    if (x.place() != null && y.place() != null && x.place().ref().equals(y.place().ref())) {
      s += 0.5;
    }
    if (x.date() != null && y.date() != null && x.date().start().equals(y.date().start())
        && x.date().precision() == y.date().precision()) {
      s += 0.5;
    }
    return s;
  }

  private static Set<String> nameWords(EventSignature s) {
    Set<String> words = new HashSet<>();
    s.actorNames().forEach(n -> words.addAll(Terms.of(n)));
    return words;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String t : a) {
      if (b.contains(t)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
