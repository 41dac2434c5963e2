package org.dateline.eval.dedup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.core.dedup.EventSignature;
import org.dateline.core.events.EventDate;

/**
 * Signatures for a corpus's own (gold) event mentions, from what the corpus gives: the mention's
 * words or lemma, its sentence, the document's opening, the participants and places annotated in
 * the same sentence, and the publication date. No types or codes: the corpora have none.
 */
final class GoldSignatures {
  private GoldSignatures() {}

  /** Sentences of a document taken as its context (headline and lead). */
  static final int CONTEXT_SENTENCES = 4;

  static EventSignature of(CorefCorpus.Doc doc, CorefCorpus.Mention m) {
    Set<String> names = new LinkedHashSet<>();
    EventSignature.PlaceRef place = null;
    for (CorefCorpus.Argument a : doc.arguments()) {
      if (a.sentence() != m.sentence()) {
        continue;
      }
      String t = a.text().toLowerCase(Locale.ROOT);
      if (a.kind() == CorefCorpus.Argument.Kind.PARTICIPANT) {
        names.add(t);
      } else if (a.kind() == CorefCorpus.Argument.Kind.PLACE && place == null) {
        place = new EventSignature.PlaceRef(t, null, Double.NaN, Double.NaN, EventSignature.PlaceRef.Precision.CITY);
      }
    }
    EventSignature.DateRef date = doc.date() == null ? null : EventSignature.DateRef.parse(doc.date(), EventDate.Precision.DAY, true);
    String lemma = m.lemma() != null ? m.lemma() : m.text();
    return new EventSignature(m.id(), doc.id(), null, null, null, lemma.toLowerCase(Locale.ROOT), Set.of(), names, place,
        date, doc.sentenceText(m.sentence()), context(doc));
  }

  static String context(CorefCorpus.Doc doc) {
    StringBuilder sb = new StringBuilder();
    List<List<String>> s = doc.sentences();
    for (int i = 0; i < Math.min(CONTEXT_SENTENCES, s.size()); i++) {
      sb.append(String.join(" ", s.get(i))).append('\n');
    }
    return sb.toString();
  }
}
