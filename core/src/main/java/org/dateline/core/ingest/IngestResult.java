package org.dateline.core.ingest;

import java.util.Objects;
import org.dateline.core.model.Article;
import org.dateline.core.model.ItemFailure;

/** One input item: an article, or the reason it could not be read. */
public sealed interface IngestResult permits IngestResult.Ok, IngestResult.Failed {

  /** The item as a user would name it. */
  String item();

  record Ok(Article article) implements IngestResult {
    public Ok {
      Objects.requireNonNull(article, "article");
    }

    @Override
    public String item() {
      return article.origin();
    }
  }

  record Failed(ItemFailure failure) implements IngestResult {
    public Failed {
      Objects.requireNonNull(failure, "failure");
    }

    static Failed of(String item, String message) {
      return new Failed(new ItemFailure(item, "ingest", message));
    }

    @Override
    public String item() {
      return failure.item();
    }
  }
}
