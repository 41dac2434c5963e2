package org.dateline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.core.model.Span;

/**
 * Reads PolNeAR's brat standoff annotation ({@code attributions/NAME_ANNOTATOR.ann} beside {@code
 * text/NAME.txt}). An article annotated by several annotators is read once, from the first
 * annotator in file-name order, so each text counts once. Discontinuous spans ({@code 315 448;463
 * 553}) are kept as their extent. Stateless.
 */
final class PolnearCorpus {
  private PolnearCorpus() {}

  /** One gold attribution: its source (absent for "Attribution-no-source"), cue and content. */
  record GoldAttribution(List<Span> sources, List<Span> cues, List<Span> contents) {}

  /** One article and its gold attributions. */
  record Document(String name, String text, List<GoldAttribution> attributions) {}

  /** The articles under {@code dir} (a PolNeAR compartment with attributions/ and text/). */
  static List<Document> readDir(Path dir) {
    Path annotations = dir.resolve("attributions");
    if (!Files.isDirectory(annotations)) {
      throw new IllegalArgumentException(dir + " has no attributions/ folder (a PolNeAR compartment)");
    }
    Map<String, Path> first = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(annotations)) {
      files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
        first.putIfAbsent(articleName(p), p);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + annotations, e);
    }
    List<Document> out = new ArrayList<>();
    for (Path ann : first.values()) {
      out.add(readFile(ann));
    }
    return out;
  }

  /** One {@code .ann} file; its text is {@code ../text/NAME.txt} or {@code NAME.txt} beside it. */
  static Document readFile(Path ann) {
    String name = articleName(ann);
    Path text = ann.toAbsolutePath().getParent().resolveSibling("text").resolve(name + ".txt");
    if (!Files.isRegularFile(text)) {
      text = ann.resolveSibling(name + ".txt");
    }
    try {
      return new Document(
          name,
          Files.readString(text, StandardCharsets.UTF_8),
          parse(Files.readAllLines(ann, StandardCharsets.UTF_8), ann.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ann + " or its text " + text, e);
    }
  }

  static String articleName(Path ann) {
    String file = ann.getFileName().toString().replaceFirst("\\.ann$", "");
    return file.replaceFirst("_[0-9a-f]{4}$", "");
  }

  /** Parses brat lines: T (text-bound) and E (event: Attribution linking Source, Cue, Content). */
  static List<GoldAttribution> parse(List<String> lines, String origin) {
    Map<String, Span> spans = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    List<GoldAttribution> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (!line.startsWith("T")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IllegalArgumentException(origin + ":" + lineNo + ": bad brat line: " + line);
      }
      String[] typeAndOffsets = cols[1].split(" ", 2);
      int start = Integer.MAX_VALUE;
      int end = -1;
      for (String part : typeAndOffsets[1].split(";")) {
        String[] se = part.trim().split(" ");
        start = Math.min(start, Integer.parseInt(se[0]));
        end = Math.max(end, Integer.parseInt(se[1]));
      }
      spans.put(cols[0], new Span(start, end));
      types.put(cols[0], typeAndOffsets[0]);
    }
    for (String line : lines) {
      if (!line.startsWith("E")) {
        continue;
      }
      List<Span> sources = new ArrayList<>();
      List<Span> cues = new ArrayList<>();
      List<Span> contents = new ArrayList<>();
      for (String arg : line.split("\t")[1].split(" ")) {
        String[] roleAndId = arg.split(":");
        if (roleAndId.length != 2 || !spans.containsKey(roleAndId[1])) {
          continue;
        }
        Span s = spans.get(roleAndId[1]);
        String role = roleAndId[0].replaceAll("\\d+$", "");
        switch (role) {
          case "Source" -> sources.add(s);
          case "Cue" -> cues.add(s);
          case "Content" -> contents.add(s);
          default -> { }
        }
      }
      if (!cues.isEmpty() || !contents.isEmpty()) {
        out.add(new GoldAttribution(sources, cues, contents));
      }
    }
    return out;
  }
}
