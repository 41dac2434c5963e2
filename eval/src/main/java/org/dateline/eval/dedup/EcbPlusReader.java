package org.dateline.eval.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads ECB+ (CROMER XML, one folder per topic). Event mentions are the ACTION_* and NEG_ACTION_*
 * markables; a mention's gold cluster is its CROSS_DOC_COREF instance id, else its within-document
 * chain (INTRA_DOC_COREF), else itself. Following Cybulska and Vossen (2015) and later work, only
 * the sentences listed in {@code ECBplus_coreference_sentences.csv} are scored, when that file is
 * found beside the topic folders' parent.
 */
final class EcbPlusReader {
  private EcbPlusReader() {}

  /** The usual development topics (Cybulska and Vossen 2015; Barhom et al. 2019). */
  static final List<String> DEV_TOPICS = List.of("2", "5", "12", "18", "21", "23", "34", "35");

  /**
   * @param root the folder holding the topic folders ({@code ECB+})
   * @param topics topic folder names to read; empty for all
   */
  static CorefCorpus read(Path root, List<String> topics) {
    Map<String, Set<Integer>> selected = selectedSentences(root.resolveSibling("ECBplus_coreference_sentences.csv"));
    List<CorefCorpus.Doc> docs = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      List<Path> topicDirs = dirs.filter(Files::isDirectory)
          .filter(d -> topics.isEmpty() || topics.contains(d.getFileName().toString()))
          .sorted((a, b) -> compareTopics(a.getFileName().toString(), b.getFileName().toString()))
          .toList();
      for (Path dir : topicDirs) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
            docs.add(readDoc(f, dir.getFileName().toString(), selected));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ECB+ under " + root, e);
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no ECB+ documents under " + root + " for topics " + topics);
    }
    return new CorefCorpus("ECB+", docs);
  }

  private static int compareTopics(String a, String b) {
    try {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  /** "topic_file" → sentence numbers, e.g. "1_10ecbplus" → {1, 3}; null when the file is absent. */
  private static Map<String, Set<Integer>> selectedSentences(Path csv) {
    if (!Files.isRegularFile(csv)) {
      return null;
    }
    Map<String, Set<Integer>> out = new HashMap<>();
    try {
      for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
        String[] f = line.split(",");
        if (f.length == 3 && f[2].strip().matches("\\d+")) {
          out.computeIfAbsent(f[0].strip() + "_" + f[1].strip(), k -> new HashSet<>()).add(Integer.parseInt(f[2].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    return out;
  }

  private static CorefCorpus.Doc readDoc(Path file, String topic, Map<String, Set<Integer>> selected) {
    Element root;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (Exception e) {
      throw new IllegalArgumentException("cannot parse ECB+ file " + file + ": " + e.getMessage(), e);
    }
    String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
    // token id -> (sentence, index within sentence)
    Map<String, int[]> tokenAt = new HashMap<>();
    TreeMap<Integer, List<String>> sentences = new TreeMap<>();
    NodeList tokens = root.getElementsByTagName("token");
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      int s = Integer.parseInt(t.getAttribute("sentence"));
      List<String> words = sentences.computeIfAbsent(s, k -> new ArrayList<>());
      tokenAt.put(t.getAttribute("t_id"), new int[] {s, words.size()});
      words.add(t.getTextContent());
    }
    List<List<String>> sentenceList = new ArrayList<>();
    Map<Integer, Integer> sentenceIndex = new HashMap<>();
    sentences.forEach((s, w) -> {
      sentenceIndex.put(s, sentenceList.size());
      sentenceList.add(w);
    });
    Map<String, String> label = new HashMap<>();
    NodeList relations = root.getElementsByTagName("Relations");
    if (relations.getLength() > 0) {
      for (Node n = relations.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element r) {
          String chain = r.getTagName().equals("CROSS_DOC_COREF") ? r.getAttribute("note")
              : r.getTagName().equals("INTRA_DOC_COREF") ? name + ":intra" + r.getAttribute("r_id") : null;
          if (chain == null) {
            continue;
          }
          NodeList src = r.getElementsByTagName("source");
          for (int i = 0; i < src.getLength(); i++) {
            label.put(((Element) src.item(i)).getAttribute("m_id"), chain);
          }
        }
      }
    }
    List<CorefCorpus.Mention> mentions = new ArrayList<>();
    List<CorefCorpus.Argument> arguments = new ArrayList<>();
    NodeList markables = root.getElementsByTagName("Markables");
    if (markables.getLength() > 0) {
      for (Node n = markables.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element m)) {
          continue;
        }
        NodeList anchors = m.getElementsByTagName("token_anchor");
        if (anchors.getLength() == 0) {
          continue; // an instance descriptor, not a mention
        }
        int[] first = tokenAt.get(((Element) anchors.item(0)).getAttribute("t_id"));
        int[] last = tokenAt.get(((Element) anchors.item(anchors.getLength() - 1)).getAttribute("t_id"));
        if (first == null || last == null || first[0] != last[0]) {
          continue;
        }
        int s = sentenceIndex.get(first[0]);
        String text = String.join(" ", sentenceList.get(s).subList(first[1], last[1] + 1));
        String tag = m.getTagName();
        String id = m.getAttribute("m_id");
        if (tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_")) {
          mentions.add(new CorefCorpus.Mention(name + ":" + id, s, first[1], last[1] + 1, text, null,
              label.getOrDefault(id, name + ":" + id)));
        } else if (tag.startsWith("HUMAN_PART") || tag.startsWith("NON_HUMAN_PART")) {
          arguments.add(new CorefCorpus.Argument(CorefCorpus.Argument.Kind.PARTICIPANT, s, text));
        } else if (tag.startsWith("LOC_")) {
          arguments.add(new CorefCorpus.Argument(CorefCorpus.Argument.Kind.PLACE, s, text));
        } else if (tag.startsWith("TIME_")) {
          arguments.add(new CorefCorpus.Argument(CorefCorpus.Argument.Kind.TIME, s, text));
        }
      }
    }
    Set<Integer> scored = new HashSet<>();
    Set<Integer> listed = selected == null ? null : selected.get(name);
    for (Map.Entry<Integer, Integer> e : sentenceIndex.entrySet()) {
      if (listed == null ? selected == null : listed.contains(e.getKey())) {
        scored.add(e.getValue());
      }
    }
    return new CorefCorpus.Doc(name, topic, null, sentenceList, scored, mentions, arguments);
  }
}
