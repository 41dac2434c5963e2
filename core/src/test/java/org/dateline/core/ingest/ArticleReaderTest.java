package org.dateline.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dateline.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir Path dir;

  private static List<IngestResult> all(Iterator<IngestResult> it) {
    List<IngestResult> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static ArticleReader reader() {
    return new ArticleReader(
        new IngestOptions(IngestOptions.InputFormat.AUTO, LocalDate.of(2015, 12, 26), "Wire", 1_000_000));
  }

  private static String failure(IngestResult r) {
    assertThat(r).isInstanceOf(IngestResult.Failed.class);
    return ((IngestResult.Failed) r).failure().message();
  }

  @Test
  void plainTextFileKeepsItsTextAndDateline() throws IOException {
    Path f = dir.resolve("kirkuk.txt");
    String text = "KIRKUK, Iraq (Reuters) - Police said two people died.\n";
    Files.writeString(f, text);
    List<IngestResult> r = all(reader().read(f));
    Article a = ((IngestResult.Ok) r.get(0)).article();
    assertThat(a.id()).isEqualTo("kirkuk");
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.source()).isEqualTo("Wire");
    assertThat(a.published()).isEqualTo(LocalDate.of(2015, 12, 26));
    assertThat(a.dateline().agency()).isEqualTo("Reuters");
    assertThat(a.bodyStart()).isEqualTo(text.indexOf("Police"));
  }

  @Test
  void jsonLinesKeepUnknownFieldsAndFailLineByLine() throws IOException {
    Path f = dir.resolve("news.jsonl");
    Files.writeString(
        f,
        String.join(
            "\n",
            "{\"id\":\"a1\",\"url\":\"u\",\"source\":\"S\",\"published\":\"2015-12-26T08:00:00Z\","
                + "\"title\":\"T\",\"text\":\"Rebels said.\",\"lang\":\"en\",\"tags\":[1,2]}",
            "{not json",
            "{\"id\":\"a3\"}",
            "",
            "{\"text\":\"No id here.\"}",
            "[1,2]",
            "{\"id\":\"a6\",\"text\":\"x\",\"published\":\"yesterday\"}",
            "{\"id\":\"a7\",\"text\":42}"));
    List<IngestResult> r = all(reader().read(f));
    assertThat(r).hasSize(7);
    Article a = ((IngestResult.Ok) r.get(0)).article();
    assertThat(a.published()).isEqualTo(LocalDate.of(2015, 12, 26));
    assertThat(a.extra()).isEqualTo(Map.of("lang", "en", "tags", List.of(1, 2)));
    assertThat(a.origin()).isEqualTo(f + ":1");
    assertThat(r.get(1).item()).isEqualTo(f + ":2");
    assertThat(failure(r.get(1))).startsWith("invalid JSON");
    assertThat(failure(r.get(2))).isEqualTo("missing required field \"text\"");
    assertThat(((IngestResult.Ok) r.get(3)).article().id()).startsWith("sha256:");
    assertThat(r.get(3).item()).isEqualTo(f + ":5");
    assertThat(failure(r.get(4))).isEqualTo("expected a JSON object per line");
    assertThat(failure(r.get(5))).contains("not a date");
    assertThat(failure(r.get(6))).contains("must be a string");
  }

  @Test
  void badFilesInADirectoryFailOneByOneAndTheRestIsRead() throws IOException {
    Files.write(dir.resolve("a-empty.txt"), new byte[0]);
    Files.write(dir.resolve("b-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
    Files.write(dir.resolve("c-latin1.txt"), "Caf\u00e9 bombed.".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("d-huge.txt"), new byte[5 * 1024 * 1024]);
    Files.createSymbolicLink(dir.resolve("e-dangling.txt"), dir.resolve("missing"));
    Files.writeString(dir.resolve("f-good.txt"), "Troops advanced.");
    Files.writeString(dir.resolve(".hidden.txt"), "skipped");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/g-good.txt"), "Police said.");
    List<IngestResult> r = all(reader().read(dir));
    assertThat(r).extracting(IngestResult::item).containsExactly(
        dir.resolve("a-empty.txt").toString(),
        dir.resolve("b-binary.txt").toString(),
        dir.resolve("c-latin1.txt").toString(),
        dir.resolve("d-huge.txt").toString(),
        dir.resolve("e-dangling.txt").toString(),
        dir.resolve("f-good.txt").toString(),
        dir.resolve("sub/g-good.txt").toString());
    assertThat(failure(r.get(0))).isEqualTo("empty file");
    assertThat(failure(r.get(1))).isEqualTo("binary data, not text");
    assertThat(failure(r.get(2))).startsWith("invalid UTF-8 at byte");
    assertThat(failure(r.get(3))).startsWith("too large for one article");
    assertThat(failure(r.get(4))).isEqualTo("no such file");
    assertThat(((IngestResult.Ok) r.get(6)).article().id()).isEqualTo("sub/g-good");
  }

  @Test
  void unreadableFileIsOneFailure() throws IOException {
    Path f = dir.resolve("secret.txt");
    Files.writeString(f, "text");
    boolean changed = f.toFile().setReadable(false, false);
    if (!changed || Files.isReadable(f)) {
      return; // running as root: permissions cannot make a file unreadable
    }
    assertThat(failure(all(reader().read(f)).get(0))).contains("permission denied");
  }

  @Test
  void stdinIsSniffedAsJsonLinesOrText() {
    byte[] jsonl = "{\"id\":\"x\",\"text\":\"Hi.\"}\n{\"id\":\"y\",\"text\":\"Yo.\"}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(all(reader().read(new ByteArrayInputStream(jsonl), "-"))).hasSize(2);
    byte[] text = "WASHINGTON — Congress met.".getBytes(StandardCharsets.UTF_8);
    List<IngestResult> r = all(reader().read(new ByteArrayInputStream(text), "-"));
    assertThat(r).hasSize(1);
    assertThat(((IngestResult.Ok) r.get(0)).article().dateline().place()).isEqualTo("WASHINGTON");
  }

  @Test
  void byteOrderMarkIsDropped() throws IOException {
    Path f = dir.resolve("bom.txt");
    Files.write(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
    assertThat(((IngestResult.Ok) all(reader().read(f)).get(0)).article().text()).isEqualTo("Hi");
  }

  @Test
  void badOptionsFailFast() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new IngestOptions(IngestOptions.InputFormat.AUTO, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
  }
}
