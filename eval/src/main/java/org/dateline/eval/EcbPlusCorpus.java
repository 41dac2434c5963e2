package org.dateline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dateline.core.model.Span;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads ECB+ documents (CROMER XML: {@code <token t_id sentence>} elements, then
 * {@code <Markables>} whose mentions point at tokens through {@code <token_anchor t_id>}). The text
 * is rebuilt from the tokens, one space between tokens and a newline between sentences, so every
 * mention gets a character span. Only action mentions are kept: {@code ACTION_*} and their negated
 * counterparts {@code NEG_ACTION_*}.
 */
final class EcbPlusCorpus {
  private EcbPlusCorpus() {}

  record Mention(String tag, Span span, boolean negated) {}

  record Document(String id, String text, List<Mention> actions) {
    boolean hasNegation() {
      return actions.stream().anyMatch(Mention::negated);
    }
  }

  /** Every {@code *.xml} under {@code dir} (its topic folders included), in path order. */
  static List<Document> readDir(Path dir) {
    return readDir(dir, e -> {
      throw new IllegalArgumentException(e);
    });
  }

  /** As {@link #readDir(Path)}, passing each unreadable file's error to {@code errors} and going on. */
  static List<Document> readDir(Path dir, java.util.function.Consumer<String> errors) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Document> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        try {
          out.add(readFile(f));
        } catch (IllegalArgumentException e) {
          errors.accept(e.getMessage());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list ECB+ folder " + dir, e);
    }
  }

  static Document readFile(Path file) {
    org.w3c.dom.Document xml;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      // Gold files are data: no DTDs or external entities are ever fetched.
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder b = f.newDocumentBuilder();
      xml = b.parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalArgumentException("cannot parse ECB+ file " + file + ": " + e.getMessage(), e);
    }
    StringBuilder text = new StringBuilder();
    Map<String, Span> tokens = new HashMap<>();
    NodeList ts = xml.getElementsByTagName("token");
    String sentence = null;
    for (int i = 0; i < ts.getLength(); i++) {
      Element t = (Element) ts.item(i);
      String s = t.getAttribute("sentence");
      if (sentence != null) {
        text.append(s.equals(sentence) ? ' ' : '\n');
      }
      sentence = s;
      int start = text.length();
      text.append(t.getTextContent().strip());
      tokens.put(t.getAttribute("t_id"), new Span(start, text.length()));
    }
    List<Mention> actions = new ArrayList<>();
    NodeList markables = xml.getElementsByTagName("Markables");
    if (markables.getLength() > 0) {
      for (Node n = markables.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element e)) {
          continue;
        }
        String tag = e.getTagName();
        boolean negated = tag.startsWith("NEG_ACTION");
        if (!negated && !tag.startsWith("ACTION")) {
          continue;
        }
        Span span = null;
        NodeList anchors = e.getElementsByTagName("token_anchor");
        for (int i = 0; i < anchors.getLength(); i++) {
          Span t = tokens.get(((Element) anchors.item(i)).getAttribute("t_id"));
          if (t != null) {
            span = span == null ? t : new Span(Math.min(span.start(), t.start()), Math.max(span.end(), t.end()));
          }
        }
        if (span != null) {
          actions.add(new Mention(tag, span, negated));
        }
      }
    }
    String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
    return new Document(name, text.toString(), List.copyOf(actions));
  }
}
