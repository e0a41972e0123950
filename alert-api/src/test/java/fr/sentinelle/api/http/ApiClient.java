package fr.sentinelle.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.sentinelle.api.view.ErrorBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;

/** The service's HTTP API as tests call it: a token per call, errors as status and body. */
final class ApiClient {
  private final HttpClient http;
  private final URI base;

  ApiClient(HttpClient http, URI base) {
    this.http = http;
    this.base = base;
  }

  <T> T get(String token, String uri, Class<T> type) {
    return http.toBlocking().retrieve(auth(HttpRequest.GET(uri), token), type);
  }

  <T> T post(String token, String uri, Object body, Class<T> type) {
    return http.toBlocking().retrieve(auth(HttpRequest.POST(uri, body), token), type);
  }

  int postStatus(String token, String uri, Object body) {
    return http.toBlocking().exchange(auth(HttpRequest.POST(uri, body), token)).code();
  }

  HttpClientResponseException failure(String token, HttpRequest<?> request) {
    MutableHttpRequest<?> mutable = (MutableHttpRequest<?>) request;
    return assertThrows(HttpClientResponseException.class,
        () -> http.toBlocking().exchange(auth(mutable, token), io.micronaut.core.type.Argument.of(String.class), io.micronaut.core.type.Argument.of(ErrorBody.class)));
  }

  void assertError(String token, HttpStatus status, String uri, ErrorBody body) {
    assertError(token, status, HttpRequest.GET(uri), body);
  }

  void assertError(String token, HttpStatus status, HttpRequest<?> request, ErrorBody body) {
    HttpClientResponseException e = failure(token, request);
    assertEquals(status, e.getStatus(), request.getUri().toString());
    if (body != null) {
      assertEquals(body, e.getResponse().getBody(ErrorBody.class).orElse(null), request.getUri().toString());
    }
  }

  void assertStatus(String token, HttpStatus status, String uri) {
    assertError(token, status, HttpRequest.GET(uri), null);
  }

  /** Opens a live stream with the raw JDK client, reading lines as a browser's EventSource would. */
  SseText stream(String token, String uri, String lastEventId) {
    SseText stream = new SseText();
    var request = java.net.http.HttpRequest.newBuilder(base.resolve(uri)).header("Accept", MediaType.TEXT_EVENT_STREAM);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    java.net.http.HttpClient.newHttpClient().sendAsync(request.build(), BodyHandlers.fromLineSubscriber(stream));
    return stream;
  }

  private static MutableHttpRequest<?> auth(MutableHttpRequest<?> request, String token) {
    return token == null ? request : request.bearerAuth(token);
  }
}
