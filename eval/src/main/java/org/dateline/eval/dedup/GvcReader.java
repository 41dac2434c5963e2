package org.dateline.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a split of the Gun Violence Corpus in the CoNLL + JSON form of Bugert et al. (2021):
 * {@code dataset.conll} (document key, sentence, token, word, chains) for the text and {@code
 * event_mentions.json} for the mentions and their gold chains. Sentence 0 of each document holds
 * its publication date. All mentions belong to one topic (gun violence), so clustering runs across
 * the whole split, as in Bugert et al.
 */
final class GvcReader {
  private GvcReader() {}

  static CorefCorpus read(Path dir) {
    Path conll = dir.resolve("dataset.conll");
    Path json = dir.resolve("event_mentions.json");
    if (!Files.isRegularFile(conll) || !Files.isRegularFile(json)) {
      throw new IllegalArgumentException(dir + " holds no dataset.conll and event_mentions.json");
    }
    Map<String, TreeMap<Integer, List<String>>> text = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 4) {
          continue;
        }
        text.computeIfAbsent(f[0], k -> new TreeMap<>())
            .computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>())
            .add(f[3]);
      }
      Map<String, List<CorefCorpus.Mention>> mentions = new LinkedHashMap<>();
      for (JsonNode m : new ObjectMapper().readTree(json.toFile())) {
        JsonNode numbers = m.get("tokens_number");
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (JsonNode n : numbers) {
          start = Math.min(start, n.asInt());
          end = Math.max(end, n.asInt() + 1);
        }
        mentions.computeIfAbsent(m.get("conll_doc_key").asText(), k -> new ArrayList<>())
            .add(new CorefCorpus.Mention(m.get("mention_id").asText(), m.get("sent_id").asInt(), start, end,
                m.get("tokens_str").asText(), m.get("mention_head_lemma").asText(), "gvc:" + m.get("coref_chain").asText()));
      }
      List<CorefCorpus.Doc> docs = new ArrayList<>();
      for (Map.Entry<String, TreeMap<Integer, List<String>>> d : text.entrySet()) {
        List<List<String>> sentences = new ArrayList<>();
        int max = d.getValue().lastKey();
        for (int s = 0; s <= max; s++) {
          sentences.add(d.getValue().getOrDefault(s, List.of()));
        }
        String date = sentences.isEmpty() || sentences.get(0).isEmpty() ? null : sentences.get(0).get(0);
        Set<Integer> scored = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
          scored.add(s);
        }
        docs.add(new CorefCorpus.Doc(d.getKey(), "gun_violence", date != null && date.matches("\\d{4}-\\d{2}-\\d{2}") ? date : null,
            sentences, scored, mentions.getOrDefault(d.getKey(), List.of()), List.of()));
      }
      return new CorefCorpus("GVC " + dir.getFileName(), docs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GVC split " + dir, e);
    }
  }
}
