package fr.sentinelle.connectors.read;

/** The file as a whole cannot be read (empty, wrong columns, unknown format): nothing is published. */
public class InputFormatException extends RuntimeException {
  public InputFormatException(String message) {
    super(message);
  }
}
