package org.dateline.core.nlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The fine-grained NER mapping for the {@code lite} profile: CoreNLP's caseless gazetteer without
 * its 533,000 CITY rows. CoreNLP applies a CITY row only to tokens a statistical model already
 * called a place, so with no model they never fire, yet loading them is most of the NER's start-up
 * (issue 8); the lite tagger reads the cities itself. The filtered file is written once to the
 * temporary directory, named after the models' size so a new CoreNLP version gets a new file.
 */
final class LiteGazetteer {
  static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

  private LiteGazetteer() {}

  /** The value of {@code ner.fine.regexner.mapping}, as CoreNLP's default but without CITY rows. */
  static String mapping() {
    return "ignorecase=true,validpospattern=^(NN|JJ).*," + withoutCities() + ";" + CASED;
  }

  private static String withoutCities() {
    try {
      long size = size();
      Path file = Path.of(System.getProperty("java.io.tmpdir"), "dateline-regexner-nocity-" + size + ".tab");
      if (!Files.isRegularFile(file)) {
        // Written beside and moved into place, so a concurrent start never reads half a file.
        Path part = Files.createTempFile(file.getParent(), "dateline-regexner-", ".part");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8));
            BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
          String line;
          while ((line = r.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab < 0 || !line.startsWith("CITY\t", tab + 1)) {
              w.write(line);
              w.newLine();
            }
          }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the lite NER gazetteer to " + System.getProperty("java.io.tmpdir"), e);
    }
  }

  /**
   * The caseless gazetteer's size in bytes, from the jar's directory when it records it, so a start
   * with the filtered file already written does not inflate the whole gazetteer just to name it.
   */
  private static long size() throws IOException {
    java.net.URL url = LiteGazetteer.class.getClassLoader().getResource(CASELESS);
    long size = url == null ? -1 : url.openConnection().getContentLengthLong();
    if (size >= 0) {
      return size;
    }
    try (InputStream in = open()) {
      return in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  static InputStream open() {
    InputStream in = LiteGazetteer.class.getClassLoader().getResourceAsStream(CASELESS);
    if (in == null) {
      throw new IllegalStateException("CoreNLP's models jar is not on the class path (" + CASELESS + " is missing)");
    }
    return in;
  }
}
