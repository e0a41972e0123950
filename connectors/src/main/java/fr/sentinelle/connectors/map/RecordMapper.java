package fr.sentinelle.connectors.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.sentinelle.connectors.read.JsonLimits;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Maps a row onto a feed's Avro record by field names, driven only by the schema, so one mapper
 * serves every feed: nested records, nullable unions, arrays, enums and logical types.
 * Absent fields take their schema default; unknown fields are ignored (newer producers may add some).
 */
public final class RecordMapper {
  private final Schema schema;
  private final boolean textual;
  private final ScalarConverter scalars;
  private final ObjectMapper json = JsonLimits.mapper();

  /** @param textual true for CSV (leaves are text to parse; an array is JSON text in its cell) */
  public RecordMapper(Schema schema, boolean textual) {
    this.schema = schema;
    this.textual = textual;
    this.scalars = new ScalarConverter(textual);
  }

  public MappedRecord map(JsonNode row) {
    List<String> errors = new ArrayList<>();
    Object record = value(schema, row, "", errors);
    return errors.isEmpty() ? new MappedRecord((SpecificRecord) record, List.of()) : new MappedRecord(null, List.copyOf(errors));
  }

  private Object value(Schema type, JsonNode node, String path, List<String> errors) {
    try {
      return switch (type.getType()) {
        case RECORD -> record(type, node, path, errors);
        case UNION -> union(type, node, path, errors);
        case ARRAY -> array(type, container(node), path, errors);
        case NULL -> null;
        default -> scalars.convert(type, node);
      };
    } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
      errors.add(field(path) + ": " + problem(e));
      return null;
    }
  }

  private IndexedRecord record(Schema type, JsonNode node, String path, List<String> errors) {
    if (!node.isObject()) {
      throw ScalarConverter.wrongType(node, "an object");
    }
    IndexedRecord record = (IndexedRecord) SpecificData.get().newRecord(null, type);
    for (Schema.Field field : type.getFields()) {
      JsonNode child = node.get(field.name());
      String childPath = path.isEmpty() ? field.name() : path + "." + field.name();
      if (child == null || child.isNull()) {
        if (field.hasDefaultValue()) {
          record.put(field.pos(), SpecificData.get().getDefaultValue(field));
        } else if (!Schemas.isNullable(field.schema())) {
          errors.add(childPath + ": missing");
        }
      } else {
        int before = errors.size();
        Object value = value(field.schema(), child, childPath, errors);
        if (errors.size() == before) { // a failed int or double has no value to put
          record.put(field.pos(), value);
        }
      }
    }
    return record;
  }

  /** Nullable unions take their non-null branch; other unions the first branch the value fits. */
  private Object union(Schema type, JsonNode node, String path, List<String> errors) {
    List<String> firstErrors = null;
    for (Schema branch : type.getTypes()) {
      if (branch.getType() == Schema.Type.NULL) {
        continue;
      }
      List<String> branchErrors = new ArrayList<>();
      Object value = value(branch, node, path, branchErrors);
      if (branchErrors.isEmpty()) {
        return value;
      }
      firstErrors = firstErrors == null ? branchErrors : firstErrors;
    }
    errors.addAll(firstErrors == null ? List.of(field(path) + ": no branch of " + type) : firstErrors);
    return null;
  }

  private List<Object> array(Schema type, JsonNode node, String path, List<String> errors) {
    List<Object> items = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      items.add(value(type.getElementType(), node.get(i), path + "[" + i + "]", errors));
    }
    return items;
  }

  /** In a CSV cell, an array is written as JSON text. */
  private JsonNode container(JsonNode node) {
    JsonNode value = node;
    if (textual && node.isTextual()) {
      try {
        value = json.readTree(node.textValue());
      } catch (Exception e) {
        throw new IllegalArgumentException("expected a JSON array in the cell, got " + ScalarConverter.quote(node.textValue()));
      }
    }
    if (!value.isArray()) {
      throw ScalarConverter.wrongType(node, "an array");
    }
    return value;
  }

  private static String field(String path) {
    return path.isEmpty() ? "record" : path;
  }

  private static String problem(RuntimeException e) {
    if (e instanceof ArithmeticException) {
      return "number out of range or not whole";
    }
    if (e instanceof DateTimeException) {
      return "not a valid date or time: " + e.getMessage();
    }
    return e.getMessage();
  }
}
