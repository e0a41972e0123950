package fr.sentinelle.jobs.hygiene;

/**
 * A review after scoring, with only what the risk state and the alert need: the establishment's
 * details, an excerpt (not the whole text) and where the review came from. A Java record of simple
 * fields, so Flink keeps it in state with its POJO serializer.
 *
 * @param latitude null when the review has no location
 * @param excerpt at most {@link #MAX_EXCERPT_CHARS} characters of the text
 * @param risky whether the score reached the model's threshold
 */
public record ScoredReview(
    String reviewId, String establishmentId, String establishmentName, String address, String department,
    Double latitude, Double longitude, String platform, String excerpt, double score, boolean risky,
    String modelVersion, long eventTime, String topic, int partition, long offset) {

  public static final int MAX_EXCERPT_CHARS = 300;

  /** The first {@value #MAX_EXCERPT_CHARS} characters, cut at a word boundary when one is near, with an ellipsis. */
  public static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
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
