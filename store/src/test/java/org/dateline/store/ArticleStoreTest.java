package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.core.model.AnnotatedDocument;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.testkit.TestDocs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The store's contract on SQLite, and on PostgreSQL too when {@code DATELINE_TEST_PG_URL} names a
 * database (CI starts one); the same tests run against both.
 */
class ArticleStoreTest {
  @TempDir static Path dir;

  static Stream<String> stores() {
    return TestStores.fresh(dir);
  }

  private static CodedDocument doc(String id, String text) {
    AnnotatedDocument d =
        TestDocs.published(LocalDate.of(2015, 12, 26))
            .sentence(text)
            .entity("Kirkuk", "CITY", 0)
            .build();
    Article a = d.article();
    Article renamed =
        new Article(id, "t.txt", a.text(), "Title " + id, null, "Wire", a.published(), null, Map.of());
    return new CodedDocument(
        new AnnotatedDocument(renamed, d.layers(), d.sentences(), d.entities(), d.times(), d.corefChains(), d.quotes()));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void rerunningChangesNothingAndRecodingKeepsHistory(String where) {
    try (ArticleStore store = ArticleStore.open(where)) {
      CodedDocument a = doc("a", "Police/NNS in/IN Kirkuk/NNP said/VBD");
      assertThat(store.put(a, "{\"id\":\"a\"}", "v1")).isEqualTo(ArticleStore.Outcome.ADDED);
      assertThat(store.put(a, "{\"id\":\"a\"}", "v1")).isEqualTo(ArticleStore.Outcome.UNCHANGED);
      assertThat(store.isCurrent("a", ContentHash.of(a.article().text()), "v1")).isTrue();
      assertThat(store.isCurrent("a", ContentHash.of(a.article().text()), "v2")).isFalse();
      assertThat(store.articleCount()).isEqualTo(1);
      assertThat(store.codingCount("a")).isEqualTo(1);
      assertThat(store.put(a, "{\"id\":\"a\",\"v\":2}", "v2")).isEqualTo(ArticleStore.Outcome.RECODED);
      assertThat(store.articleCount()).isEqualTo(1);
      assertThat(store.codingCount("a")).isEqualTo(2);
      assertThat(store.record("a")).contains("{\"id\":\"a\",\"v\":2}");
      assertThat(store.search("Kirkuk", 10)).containsExactly("a");
    }
    // Reopening runs the migrations again harmlessly and finds everything.
    try (ArticleStore store = ArticleStore.open(where)) {
      assertThat(store.articleCount()).isEqualTo(1);
      StringWriter w = new StringWriter();
      assertThat(store.exportJsonLines(w)).isEqualTo(1);
      assertThat(w.toString()).isEqualTo("{\"id\":\"a\",\"v\":2}\n");
    }
  }

  @ParameterizedTest
  @MethodSource("stores")
  void hostileTextIsStoredAndSearchedAsText(String where) {
    String evil = "Robert'); DROP TABLE articles; -- \" NEAR OR * :";
    try (ArticleStore store = ArticleStore.open(where)) {
      CodedDocument d = doc("x'; DELETE FROM articles; --", "Robert');/NNP DROP/NNP TABLE/NN in/IN Kirkuk/NNP");
      store.put(d, "{}", "v1");
      assertThat(store.search(evil, 10)).isEmpty();
      assertThat(store.search("DROP TABLE", 10)).containsExactly("x'; DELETE FROM articles; --");
      assertThat(store.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void badLocationsAreRefusedWithTheFix() {
    assertThatThrownBy(() -> ArticleStore.open(dir.resolve("no/such/dir/x.db").toString()))
        .hasMessageContaining("directory does not exist");
    assertThatThrownBy(() -> ArticleStore.open("jdbc:mysql://localhost/x"))
        .hasMessageContaining("use a file path (SQLite) or jdbc:postgresql://");
    assertThatThrownBy(() -> ArticleStore.open("jdbc:postgresql://127.0.0.1:1/none?password=secret"))
        .isInstanceOf(StoreException.class)
        .hasMessageNotContaining("secret");
  }

  @Test
  void ftsQueriesAreQuotedWordByWord() {
    assertThat(FtsQuery.quote("al-Baghdadi \"killed\" OR")).isEqualTo("\"al-Baghdadi\" \"\"\"killed\"\"\" \"OR\"");
  }
}
