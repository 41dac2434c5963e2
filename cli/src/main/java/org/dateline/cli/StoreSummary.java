package org.dateline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dateline.store.ArticleStore;
import org.dateline.store.EventQuery;
import org.dateline.store.Listings;
import org.dateline.store.StoredContradiction;

/** What a store holds, in a few lines: events by type and country, and the contradictions found. */
final class StoreSummary {
  private static final int SHOWN = 12;

  private StoreSummary() {}

  static void print(ArticleStore db, EventQuery q, PrintWriter out) {
    long events = db.eventCount(q);
    long contradictions = db.contradictionCount(q);
    out.printf(Locale.ROOT, "store: %d articles, %d events, %d contradictions%n", db.articleCount(), events, contradictions);
    if (events == 0) {
      out.flush();
      return;
    }
    out.println("events by type:    " + counts(db.countByType(q), "(none)"));
    out.println("events by country: " + counts(db.countByCountry(q), "(unlocated)"));
    out.println("claims by status:  " + counts(db.countByStatus(q), "(none)"));
    List<StoredContradiction> shown = db.contradictions(q.page(5, 0));
    for (StoredContradiction x : shown) {
      out.println("contradiction (" + x.kind().replace('_', ' ') + ") "
          + (StoredContradiction.CLUSTER.equals(x.scope()) ? "across articles in " + x.clusterId() : "in " + x.articleId())
          + ": " + x.explanation());
    }
    if (contradictions > shown.size()) {
      out.printf(Locale.ROOT, "... and %d more (dateline query --store ... --contradictions)%n", contradictions - shown.size());
    }
    out.flush();
  }

  private static String counts(List<Listings.Count> counts, String nullLabel) {
    String head = counts.stream().limit(SHOWN)
        .map(c -> (c.value() == null ? nullLabel : c.value()) + " " + c.events())
        .collect(Collectors.joining(", "));
    return counts.size() > SHOWN ? head + ", ..." : head;
  }
}
