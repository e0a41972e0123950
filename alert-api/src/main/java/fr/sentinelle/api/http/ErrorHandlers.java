package fr.sentinelle.api.http;

import fr.sentinelle.api.access.ForbiddenException;
import fr.sentinelle.api.query.BadRequestException;
import fr.sentinelle.api.state.StoreUnavailableException;
import fr.sentinelle.api.view.ErrorBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** JSON error bodies for the service's own failures. */
final class ErrorHandlers {
  private ErrorHandlers() {}

  /** A parameter the caller can fix: 400 with what was expected. */
  @Produces
  @Singleton
  static class BadRequest implements ExceptionHandler<BadRequestException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, BadRequestException e) {
      return HttpResponse.badRequest(new ErrorBody("bad_request", e.getMessage()));
    }
  }

  /** Outside the caller's scope, or absent: the same 403 either way, so nothing is revealed. */
  @Produces
  @Singleton
  static class Forbidden implements ExceptionHandler<ForbiddenException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, ForbiddenException e) {
      return HttpResponse.<ErrorBody>status(HttpStatus.FORBIDDEN).body(new ErrorBody("forbidden", e.getMessage()));
    }
  }

  /** The store is loading or rebalancing: 503, the client retries. */
  @Produces
  @Singleton
  static class StoreUnavailable
      implements ExceptionHandler<StoreUnavailableException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, StoreUnavailableException e) {
      return HttpResponse.<ErrorBody>status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", "1")
          .body(new ErrorBody("unavailable", e.getMessage()));
    }
  }
}
