package fr.sentinelle.api.state;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON of the actions and feedback topics and of the cases store: ISO-8601 instants, unknown
 * fields ignored, so a newer writer never breaks an older reader.
 */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Throws {@link IOException} on anything that is not a {@code type} in JSON. */
  public static <T> T read(byte[] bytes, Class<T> type) throws IOException {
    if (bytes == null || bytes.length == 0) {
      throw new IOException("empty record");
    }
    return MAPPER.readValue(bytes, type);
  }
}
