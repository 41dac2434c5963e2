package org.dateline.store.export;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.dateline.store.StoredEvent;

/** The {@link Column#EVENT} table as one Parquet file (Snappy), readable by DuckDB, pyarrow and Spark. */
final class ParquetSink implements EventSink {
  static final MessageType SCHEMA = schema();

  private final ParquetWriter<Group> writer;
  private final SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);

  ParquetSink(Path file) throws IOException {
    writer = ExampleParquetWriter.builder(new LocalOutputFile(file.toAbsolutePath()))
        .withType(SCHEMA)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build();
  }

  private static MessageType schema() {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (Column c : Column.EVENT) {
      switch (c.kind()) {
        case STRING -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
        case INT -> b.optional(PrimitiveTypeName.INT32).named(c.name());
        case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
        case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
      }
    }
    return b.named("dateline_event");
  }

  @Override
  public void write(StoredEvent e) throws IOException {
    Group g = groups.newGroup();
    for (Column c : Column.EVENT) {
      Object v = c.value().apply(e);
      if (v == null) {
        continue; // an optional field left out is a null
      }
      switch (c.kind()) {
        case STRING -> g.add(c.name(), (String) v);
        case INT -> g.add(c.name(), ((Number) v).intValue());
        case DOUBLE -> g.add(c.name(), ((Number) v).doubleValue());
        case BOOLEAN -> g.add(c.name(), (Boolean) v);
      }
    }
    writer.write(g);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
