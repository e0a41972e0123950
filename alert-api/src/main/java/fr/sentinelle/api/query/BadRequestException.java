package fr.sentinelle.api.query;

/** A request parameter that cannot be used; the message tells the caller what is expected. */
public final class BadRequestException extends RuntimeException {
  private final String parameter;

  public BadRequestException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
