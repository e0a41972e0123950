package fr.sentinelle.api.query;

/** Which slice of a sorted result to return: 0-based page of {@code size} items. */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /** From raw request parameters; absent page is 0, absent size is {@value #DEFAULT_SIZE}. */
  public static PageRequest parse(String page, String size) {
    int pageNumber = parseInt("page", page, 0);
    int pageSize = parseInt("size", size, DEFAULT_SIZE);
    if (pageNumber < 0) {
      throw new BadRequestException("page", "page must be 0 or more (0 is the first page), got " + pageNumber);
    }
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      throw new BadRequestException("size", "size must be between 1 and " + MAX_SIZE + ", got " + pageSize);
    }
    return new PageRequest(pageNumber, pageSize);
  }

  public long offset() {
    return (long) page * size;
  }

  private static int parseInt(String name, String text, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, name + " must be a whole number, got '" + text + "'");
    }
  }
}
