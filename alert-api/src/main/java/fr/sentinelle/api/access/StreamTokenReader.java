package fr.sentinelle.api.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Browsers' EventSource cannot send an Authorization header, so the live stream (and only it) also
 * takes the token as {@code ?access_token=}. The header wins when both are present.
 */
@Singleton
public class StreamTokenReader implements TokenReader<HttpRequest<?>> {
  static final String STREAM_PATH = "/api/alerts/stream";
  static final String PARAMETER = "access_token";

  @Override
  public Optional<String> findToken(HttpRequest<?> request) {
    if (!STREAM_PATH.equals(request.getPath())) {
      return Optional.empty();
    }
    return request.getParameters().getFirst(PARAMETER).filter(token -> !token.isBlank());
  }

  @Override
  public int getOrder() {
    return 100; // after the bearer header reader
  }
}
