package fr.sentinelle.connectors.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON parser feed files are read with: bounded so a hostile line (deep nesting, a huge
 * string or number) fails alone with a clear message instead of exhausting the stack or memory.
 */
public final class JsonLimits {
  /** Feed records nest three levels at most (record, array, record). */
  public static final int MAX_NESTING_DEPTH = 32;
  /** Enough for a text of MAX_TEXT_CHARS with room, and for a small inline base64 image. */
  public static final int MAX_STRING_CHARS = 2_000_000;
  public static final int MAX_NUMBER_CHARS = 100;

  private JsonLimits() {}

  public static ObjectMapper mapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_CHARS)
            .maxNumberLength(MAX_NUMBER_CHARS)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }
}
