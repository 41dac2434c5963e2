package org.dateline.eval.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads geoparsing gold data: LGL-style XML ({@code <article><text>} with {@code <toponym>}s and
 * {@code <gaztag>} coordinates), GeoWebNews XML, and the line format shared by Gritta et al.'s and
 * EUPEG's files ({@code name,,mention,,lat,,lon,,start,,end||...}, one document per line).
 */
public final class GeoCorpusReader {
  /** GeoWebNews types that are place references (expressions, demonyms, languages are not). */
  private static final Set<String> GWN_TOPONYM_TYPES = Set.of("Literal", "Metonymic", "Mixed",
      "Literal_Modifier", "Non_Literal_Modifier", "Coercion", "Embedded_Literal",
      "Embedded_Non_Lit");

  /** LGL: toponyms without a gaztag (no coordinates) are kept for recognition with NaN. */
  public List<GoldDocument> readLgl(Path file) {
    return readArticles(file, "docid", t -> {
      double lat = Double.NaN;
      double lon = Double.NaN;
      NodeList gaz = t.getElementsByTagName("gaztag");
      if (gaz.getLength() > 0) {
        Element g = (Element) gaz.item(0);
        lat = number(text(g, "lat"));
        lon = number(text(g, "lon"));
      }
      return new GoldToponym(Integer.parseInt(text(t, "start")),
          Integer.parseInt(text(t, "end")), text(t, "phrase"), lat, lon);
    });
  }

  /** GeoWebNews: place-reference types only; coordinates from latitude/longitude. */
  public List<GoldDocument> readGwn(Path file) {
    return readArticles(file, "file", t -> {
      if (!GWN_TOPONYM_TYPES.contains(text(t, "type"))
          || Integer.parseInt(text(t, "start")) < 0) {
        return null; // a few GeoWebNews entries carry negative offsets: unusable
      }
      return new GoldToponym(Integer.parseInt(text(t, "start")),
          Integer.parseInt(text(t, "end")), text(t, "extractedName"),
          number(text(t, "latitude")), number(text(t, "longitude")));
    });
  }

  /**
   * The {@code article} elements of an LGL-style XML file (both LGL and GeoWebNews use one): the
   * text, and each {@code toponym} read by {@code toponym} (null skips it).
   */
  private static List<GoldDocument> readArticles(Path file, String idAttribute,
      Function<Element, GoldToponym> toponym) {
    Document d = parse(file);
    List<GoldDocument> out = new ArrayList<>();
    NodeList arts = d.getElementsByTagName("article");
    for (int i = 0; i < arts.getLength(); i++) {
      Element a = (Element) arts.item(i);
      List<GoldToponym> tops = new ArrayList<>();
      NodeList ts = a.getElementsByTagName("toponym");
      for (int j = 0; j < ts.getLength(); j++) {
        GoldToponym t = toponym.apply((Element) ts.item(j));
        if (t != null) {
          tops.add(t);
        }
      }
      out.add(new GoldDocument(a.getAttribute(idAttribute), text(a, "text"), tops));
    }
    return out;
  }

  /** One document per line: {@code name,,mention,,lat,,lon,,start,,end[,,extra]||...}. */
  public List<List<GoldToponym>> readLines(Path file) {
    List<List<GoldToponym>> out = new ArrayList<>();
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNo++;
        List<GoldToponym> tops = new ArrayList<>();
        for (String item : line.split("\\|\\|")) {
          if (item.isBlank()) {
            continue;
          }
          String[] f = item.split(",,", -1);
          if (f.length < 6) {
            throw new IllegalArgumentException(file + ":" + lineNo + ": expected"
                + " name,,mention,,lat,,lon,,start,,end, got " + item);
          }
          int start = Integer.parseInt(f[4].trim());
          if (start < 0) {
            continue; // a few published GeoWebNews entries carry negative offsets: unusable
          }
          tops.add(new GoldToponym(start, Integer.parseInt(f[5].trim()), f[1], number(f[2]),
              number(f[3])));
        }
        out.add(tops);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  private static double number(String s) {
    if (s == null || s.isBlank() || s.trim().equalsIgnoreCase("null")
        || s.trim().equalsIgnoreCase("none")) {
      return Double.NaN; // EUPEG's GeoCorpora gold has a few toponyms without coordinates
    }
    return Double.parseDouble(s.trim());
  }

  private static String text(Element e, String tag) {
    NodeList n = e.getElementsByTagName(tag);
    return n.getLength() == 0 ? "" : n.item(0).getTextContent();
  }

  private static Document parse(Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (Exception e) {
      throw new IllegalArgumentException("not well-formed XML: " + file + ": " + e.getMessage(), e);
    }
  }
}
