package fr.sentinelle.connectors.map;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/** What a schema asks of a file: which fields are nullable, which CSV columns are required or known. */
public final class Schemas {
  private Schemas() {}

  public static boolean isNullable(Schema schema) {
    return schema.getType() == Schema.Type.NULL
        || (schema.getType() == Schema.Type.UNION && schema.getTypes().stream().anyMatch(Schemas::isNullable));
  }

  /** Columns every CSV file of this schema must have: non-nullable fields without default, dotted into records. */
  public static List<String> requiredColumns(Schema schema) {
    List<String> columns = new ArrayList<>();
    collect(schema, "", true, columns);
    return columns;
  }

  /** Every column a CSV file of this schema may have (nested records flattened with dots). */
  public static List<String> knownColumns(Schema schema) {
    List<String> columns = new ArrayList<>();
    collect(schema, "", false, columns);
    return columns;
  }

  private static void collect(Schema record, String prefix, boolean requiredOnly, List<String> out) {
    for (Schema.Field field : record.getFields()) {
      if (requiredOnly && (field.hasDefaultValue() || isNullable(field.schema()))) {
        continue;
      }
      Schema type = nonNull(field.schema());
      String name = prefix + field.name();
      if (type.getType() == Schema.Type.RECORD) {
        collect(type, name + ".", requiredOnly, out);
      } else {
        out.add(name);
      }
    }
  }

  private static Schema nonNull(Schema schema) {
    if (schema.getType() != Schema.Type.UNION) {
      return schema;
    }
    return schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElse(schema);
  }
}
