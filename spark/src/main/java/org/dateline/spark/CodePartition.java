package org.dateline.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dateline.core.claims.Claim;
import org.dateline.core.claims.EventClaim;
import org.dateline.core.claims.Source;
import org.dateline.core.json.DocumentJson;
import org.dateline.core.model.Article;
import org.dateline.core.model.CodedDocument;
import org.dateline.core.model.EntityMention;
import org.dateline.core.model.ItemFailure;
import org.dateline.core.pipeline.DatelinePipeline;
import org.dateline.store.ArticleStore;
import org.dateline.store.StoredEvent;
import org.dateline.store.StoredEvents;
import org.dateline.store.export.Column;

/**
 * Codes the articles of one partition, lazily, with a pipeline borrowed for the task and given
 * back when the partition is exhausted. Each article becomes one row; each unreadable item or
 * failed article a failure row, as in {@code dateline code}.
 */
final class CodePartition implements FlatMapFunction<Iterator<PortableItem>, Row> {
  private static final long serialVersionUID = 1L;
  private final SparkJobOptions options;

  CodePartition(SparkJobOptions options) {
    this.options = options;
  }

  @Override
  public Iterator<Row> call(Iterator<PortableItem> items) {
    DocumentJson json = new DocumentJson();
    return new Iterator<>() {
      private DatelinePipeline pipeline;
      private ArticleStore db;

      @Override
      public boolean hasNext() {
        if (items.hasNext()) {
          return true;
        }
        if (pipeline != null) {
          PipelinePool.giveBack(options, pipeline);
          pipeline = null;
        }
        if (db != null) {
          db.close();
          db = null;
        }
        return false;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        PortableItem item = items.next();
        if (item.failed()) {
          return failureRow(item.failure());
        }
        Article a = item.article();
        if (pipeline == null) {
          pipeline = PipelinePool.borrow(options);
        }
        CodedDocument doc;
        String record;
        try {
          doc = pipeline.code(a);
          record = json.toJsonLine(doc);
        } catch (RuntimeException e) {
          return failureRow(new ItemFailure(a.origin(), "nlp", String.valueOf(e)));
        }
        if (options.store() != null) {
          try {
            if (db == null) {
              db = ArticleStore.open(options.store());
            }
            db.put(doc, record, options.pipelineVersion());
          } catch (RuntimeException e) {
            return failureRow(new ItemFailure(a.origin(), "store", String.valueOf(e)));
          }
        }
        return articleRow(doc, record);
      }
    };
  }

  private static Row eventRow(StoredEvent e) {
    Object[] values = new Object[Column.EVENT.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Column.EVENT.get(i).value().apply(e);
    }
    return RowFactory.create(values);
  }

  private static Row claimRow(EventClaim ec) {
    Claim c = ec.claim();
    Source s = c.source();
    return RowFactory.create(ec.eventId(), c.sentence(), c.status().name().toLowerCase(java.util.Locale.ROOT),
        c.statusCue() == null ? null : c.statusCue().text(), s.text(),
        s.kind().name().toLowerCase(java.util.Locale.ROOT), s.name() == null ? null : s.name().text(),
        s.span() == null ? null : s.span().start(), s.span() == null ? null : s.span().end(),
        c.cue() == null ? null : c.cue().text(), c.cue() == null ? null : c.cue().span().start(),
        c.cue() == null ? null : c.cue().span().end());
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
  }

  private static Row articleRow(CodedDocument doc, String record) {
    Article a = doc.article();
    List<Row> entities = new ArrayList<>();
    for (EntityMention e : doc.annotated().entities()) {
      entities.add(
          RowFactory.create(e.span().start(), e.span().end(), e.sentence(), e.text(), e.label(), e.kind().name()));
    }
    return RowFactory.create(
        a.id(), a.origin(), a.url(), a.source(),
        a.published() == null ? null : Date.valueOf(a.published()),
        a.title(), a.text(),
        a.dateline() == null ? null : a.dateline().place(),
        a.dateline() == null ? null : a.dateline().agency(),
        record,
        seq(entities),
        seq(StoredEvents.of(doc).stream().map(CodePartition::eventRow).toList()),
        seq(doc.claims().stream().map(CodePartition::claimRow).toList()),
        null, null, null);
  }

  private static Row failureRow(ItemFailure f) {
    return RowFactory.create(
        null, null, null, null, null, null, null, null, null, null, null, null, null, f.item(), f.stage(),
        f.message());
  }
}
