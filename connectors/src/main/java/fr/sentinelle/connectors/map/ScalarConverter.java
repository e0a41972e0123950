package fr.sentinelle.connectors.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * Converts one JSON leaf to the Java value of an Avro string, number, bytes, enum or logical type
 * (the types feed schemas use; others are reported as unsupported). In textual
 * mode (CSV) every leaf is text and is parsed; otherwise JSON types must match the schema.
 */
final class ScalarConverter {
  private final boolean textual;

  ScalarConverter(boolean textual) {
    this.textual = textual;
  }

  /** @throws IllegalArgumentException with the problem, without the field name */
  Object convert(Schema schema, JsonNode node) {
    LogicalType logical = schema.getLogicalType();
    if (logical instanceof LogicalTypes.TimestampMillis) {
      return timestamp(node);
    }
    if (logical instanceof LogicalTypes.Date) {
      String value = text(node, "an ISO date such as 2026-11-02");
      try {
        return LocalDate.parse(value);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("expected an ISO date such as 2026-11-02, got " + quote(value));
      }
    }
    return switch (schema.getType()) {
      case STRING -> text(node, "a string");
      case INT -> number(node, "an integer").intValueExact();
      case LONG -> number(node, "an integer").longValueExact();
      case FLOAT -> number(node, "a number").floatValue();
      case DOUBLE -> number(node, "a number").doubleValue();
      case BYTES -> bytes(text(node, "base64 text"));
      case ENUM -> symbol(schema, text(node, "one of " + schema.getEnumSymbols()));
      default -> throw new IllegalArgumentException("unsupported type " + schema.getType());
    };
  }

  private Instant timestamp(JsonNode node) {
    if (node.isIntegralNumber() || (textual && node.asText().matches("-?\\d{1,15}"))) {
      return Instant.ofEpochMilli(node.isIntegralNumber() ? node.longValue() : Long.parseLong(node.asText()));
    }
    String value = text(node, "an ISO-8601 instant such as 2026-11-02T18:30:00Z, or epoch milliseconds");
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("expected an ISO-8601 instant with offset such as 2026-11-02T18:30:00Z"
          + " or epoch milliseconds, got " + quote(value));
    }
  }

  private BigDecimal number(JsonNode node, String expected) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (textual && node.isTextual()) {
      try {
        return new BigDecimal(node.asText().trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected " + expected + " (with a decimal point), got " + quote(node.asText()));
      }
    }
    throw wrongType(node, expected);
  }

  private static ByteBuffer bytes(String base64) {
    try {
      return ByteBuffer.wrap(Base64.getDecoder().decode(base64));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected base64 text, got " + quote(base64));
    }
  }

  private static Object symbol(Schema schema, String value) {
    if (!schema.hasEnumSymbol(value)) {
      throw new IllegalArgumentException("expected one of " + schema.getEnumSymbols() + ", got " + quote(value));
    }
    return SpecificData.get().createEnum(value, schema);
  }

  private static String text(JsonNode node, String expected) {
    if (!node.isTextual()) {
      throw wrongType(node, expected);
    }
    return node.textValue();
  }

  static IllegalArgumentException wrongType(JsonNode node, String expected) {
    String got = node.isTextual() ? quote(node.textValue()) : node.getNodeType().name().toLowerCase() + " " + shorten(node.toString());
    return new IllegalArgumentException("expected " + expected + ", got " + got);
  }

  static String quote(String value) {
    return "'" + shorten(value) + "'";
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
