package fr.sentinelle.jobs.hygiene;

import java.util.regex.Pattern;

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
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The first {@value #MAX_EXCERPT_CHARS} characters, cut at a word boundary when one is near, with an ellipsis. */
  public static String excerpt(String text) {
    String flat = WHITESPACE.matcher(text.strip()).replaceAll(" ");
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
}
