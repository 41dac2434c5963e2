package org.dateline.eval.dedup;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cross-document event coreference corpus as the dedup scorer needs it: documents as tokenised
 * sentences, gold event mentions with their gold cluster, and the entity arguments the corpus
 * annotates (participants, places, times) per sentence.
 */
record CorefCorpus(String name, List<Doc> docs) {
  CorefCorpus {
    docs = List.copyOf(docs);
  }

  int mentionCount() {
    return docs.stream().mapToInt(d -> d.mentions().size()).sum();
  }

  /**
   * @param topic the block clustering runs within (the ECB+ topic; GVC has one)
   * @param date publication date (ISO), if the corpus gives it
   * @param sentences tokens per sentence
   * @param scored sentence indices whose mentions are scored (the corpus's annotated sentences)
   */
  record Doc(
      String id,
      String topic,
      @Nullable String date,
      List<List<String>> sentences,
      java.util.Set<Integer> scored,
      List<Mention> mentions,
      List<Argument> arguments) {
    Doc {
      Objects.requireNonNull(id, "id");
      sentences = List.copyOf(sentences);
      scored = java.util.Set.copyOf(scored);
      mentions = List.copyOf(mentions);
      arguments = List.copyOf(arguments);
    }

    String sentenceText(int s) {
      return String.join(" ", sentences.get(s));
    }
  }

  /**
   * A gold event mention: tokens {@code [start, end)} of sentence {@code sentence}.
   *
   * @param lemma the corpus's head lemma, when it gives one
   * @param cluster the gold cluster label, unique across the corpus
   */
  record Mention(String id, int sentence, int start, int end, String text, @Nullable String lemma, String cluster) {}

  /** An annotated participant, place or time in a sentence. */
  record Argument(Kind kind, int sentence, String text) {
    enum Kind {
      PARTICIPANT,
      PLACE,
      TIME
    }
  }
}
