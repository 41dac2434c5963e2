package org.dateline.eval.dedup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.core.dedup.EventCluster;
import org.dateline.core.dedup.EventClusterer;
import org.dateline.core.dedup.EventSignature;

/**
 * Clusters signatures topic by topic (the ECB+ convention: gold topics, clustering across the
 * documents of a topic, within- and cross-document links scored together, singletons included) and
 * scores the clusters against gold labels.
 */
final class DedupScorer {
  private DedupScorer() {}

  /** A signature with its topic and gold cluster label. */
  record Item(String topic, EventSignature signature, String gold) {}

  static CorefMetrics.Scores score(List<Item> items, EventClusterer clusterer) {
    Map<String, List<EventSignature>> byTopic = new LinkedHashMap<>();
    Map<String, String> gold = new LinkedHashMap<>();
    for (Item i : items) {
      byTopic.computeIfAbsent(i.topic(), t -> new ArrayList<>()).add(i.signature());
      gold.put(i.signature().eventId(), i.gold());
    }
    List<Set<String>> response = new ArrayList<>();
    for (List<EventSignature> topic : byTopic.values()) {
      for (EventCluster c : clusterer.cluster(topic)) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        c.members().forEach(m -> ids.add(m.eventId()));
        response.add(ids);
      }
    }
    return CorefMetrics.score(CorefMetrics.clusters(gold), response);
  }

  /** Gold-mention items of a corpus: every mention in a scored sentence. */
  static List<Item> goldItems(CorefCorpus corpus) {
    List<Item> out = new ArrayList<>();
    for (CorefCorpus.Doc d : corpus.docs()) {
      for (CorefCorpus.Mention m : d.mentions()) {
        if (d.scored().contains(m.sentence())) {
          out.add(new Item(d.topic(), GoldSignatures.of(d, m), m.cluster()));
        }
      }
    }
    return out;
  }
}
