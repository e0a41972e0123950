package fr.sentinelle.jobs.hygiene;

/**
 * A review after scoring, with only what the risk state and the alert need: the establishment's
 * details, an excerpt (not the whole text) and where the review came from. It crosses the keyBy to
 * the establishment's risk state, which keeps only a compact part of it (see {@link RiskyReviews}).
 *
 * @param latitude null when the review has no location
 * @param excerpt at most {@link #MAX_EXCERPT_CHARS} characters of the text; null for a review that is
 *     not risky (nothing quotes it, and most reviews are not)
 * @param risky whether the score reached the model's threshold
 */
public record ScoredReview(
    String reviewId, String establishmentId, String establishmentName, String address, String department,
    Double latitude, Double longitude, String platform, String excerpt, double score, boolean risky,
    String modelVersion, long eventTime, String topic, int partition, long offset) {

  public static final int MAX_EXCERPT_CHARS = 300;

  /**
   * The first {@value #MAX_EXCERPT_CHARS} characters, whitespace runs as one space, cut at a word
   * boundary when one is near, with an ellipsis.
   */
  public static String excerpt(String text) {
    String flat = flattened(text.strip(), MAX_EXCERPT_CHARS + 1);
    if (flat.length() <= MAX_EXCERPT_CHARS) {
      return flat;
    }
    int end = MAX_EXCERPT_CHARS - 1;
    if (Character.isLowSurrogate(flat.charAt(end))) {
      end--;
    }
    int space = flat.lastIndexOf(' ', end);
    if (space > MAX_EXCERPT_CHARS * 2 / 3) {
      end = space;
    }
    return flat.substring(0, end).stripTrailing() + "…";
  }

  /**
   * The text with each run of whitespace (regex {@code \\s}: space, tab, line breaks, form feed,
   * vertical tab) as one space, stopped after {@code limit} characters: a regex replacement over the
   * whole text cost more than scoring a risky review's features.
   */
  static String flattened(String text, int limit) {
    StringBuilder flat = new StringBuilder(Math.min(text.length(), limit));
    boolean inWhitespace = false;
    for (int i = 0; i < text.length() && flat.length() < limit; i++) {
      char c = text.charAt(i);
      boolean whitespace = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
      if (!whitespace) {
        flat.append(c);
      } else if (!inWhitespace) {
        flat.append(' ');
      }
      inWhitespace = whitespace;
    }
    return flat.toString();
  }
}
