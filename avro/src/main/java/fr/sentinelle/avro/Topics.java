package fr.sentinelle.avro;

/** Topic names shared by publishers, jobs and the alert service. */
public final class Topics {
  public static final String PREFIX = "sentinelle.";
  /** Alerts of every detector, keyed by alert id. */
  public static final String ALERTS = PREFIX + "alerts";
  /** Records that could not be read or were not valid, with the reason. */
  public static final String DEAD_LETTERS = PREFIX + "dead-letters";

  private Topics() {}

  public static String feed(Feed feed) {
    return PREFIX + "feed." + feed.feedName();
  }
}
