package org.dateline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dateline.core.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Reads TimeML documents (TempEval-3 {@code .tml}): the creation time ({@code DCT}), the text of
 * the {@code TEXT} element with its tags removed, and every {@code TIMEX3} in it as a span of that
 * text with its type and value. External entities are not resolved. Stateless.
 */
final class TimeMlReader {
  private TimeMlReader() {}

  /** A gold time expression. */
  record Timex(Span span, String text, String type, String value) {}

  /** A document: its id, creation date, plain text and time expressions. */
  record Document(String id, @Nullable LocalDate creation, String text, List<Timex> timexes) {}

  static Document read(Path file) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      StringBuilder text = new StringBuilder();
      List<Timex> timexes = new ArrayList<>();
      String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
      LocalDate creation = null;
      boolean inText = false;
      boolean inDct = false;
      int timexStart = -1;
      String type = null;
      String value = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("TEXT")) {
            inText = true;
          } else if (name.equals("DCT")) {
            inDct = true;
          } else if (name.equals("TIMEX3")) {
            String v = r.getAttributeValue(null, "value");
            if (inDct || "CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"))) {
              if (creation == null && v != null) {
                creation = date(v);
              }
            } else if (inText) {
              timexStart = text.length();
              type = r.getAttributeValue(null, "type");
              value = v;
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("TEXT")) {
            inText = false;
          } else if (name.equals("DCT")) {
            inDct = false;
          } else if (name.equals("TIMEX3") && timexStart >= 0) {
            Span s = new Span(timexStart, text.length());
            timexes.add(new Timex(s, s.of(text.toString()), type == null ? "" : type,
                value == null ? "" : value));
            timexStart = -1;
          }
        } else if (inText
            && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE)) {
          text.append(r.getText());
        }
      }
      r.close();
      return new Document(id, creation, text.toString(), timexes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException(file + ": not TimeML: " + e.getMessage(), e);
    }
  }

  private static @Nullable LocalDate date(String value) {
    if (value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
