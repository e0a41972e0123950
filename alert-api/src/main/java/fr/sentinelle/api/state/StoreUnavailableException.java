package fr.sentinelle.api.state;

/** The alert store cannot answer now (the service is starting, rebalancing or stopping). */
public final class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
