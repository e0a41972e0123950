package fr.sentinelle.connectors.read;

/** One line of a file, without its terminator; {@code error} is set when its bytes are not valid UTF-8. */
public record DecodedLine(long number, String text, String error) {
  public boolean valid() {
    return error == null;
  }
}
