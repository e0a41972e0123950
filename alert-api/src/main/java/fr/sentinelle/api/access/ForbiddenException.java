package fr.sentinelle.api.access;

/**
 * Outside the caller's scope. One message for every case, so the answer never tells whether the
 * thing asked for exists.
 */
public final class ForbiddenException extends RuntimeException {
  public static final String MESSAGE = "outside your scope (or does not exist)";

  public ForbiddenException() {
    super(MESSAGE);
  }
}
