package org.dateline.core.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.dateline.core.json.DocumentJson;

/** Validates output records against the JSON Schema shipped with the product. */
public final class SchemaCheck {
  private static final JsonSchema SCHEMA = load();

  private SchemaCheck() {}

  private static JsonSchema load() {
    try (InputStream in = DocumentJson.class.getResourceAsStream(DocumentJson.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema missing: " + DocumentJson.SCHEMA_RESOURCE);
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The violations of {@code record}; empty when it follows the schema. */
  public static Set<ValidationMessage> violations(JsonNode record) {
    return SCHEMA.validate(record);
  }
}
