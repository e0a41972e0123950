package fr.sentinelle.avro;

/** Topic names shared by publishers, jobs and the alert service. */
public final class Topics {
  public static final String PREFIX = "sentinelle.";
  /** Alerts of every detector, keyed by alert id. */
  public static final String ALERTS = PREFIX + "alerts";
  /** Records that could not be read or were not valid, with the reason. */
  public static final String DEAD_LETTERS = PREFIX + "dead-letters";
  /** Inspectors' actions on cases (acknowledge, assign, resolve, silence, note), keyed by case id. */
  public static final String ALERT_ACTIONS = PREFIX + "alert-actions";
  /** Inspectors' verdicts on alerts, for retraining the detectors. */
  public static final String FEEDBACK = PREFIX + "feedback";

  private Topics() {}

  public static String feed(Feed feed) {
    return PREFIX + "feed." + feed.feedName();
  }
}
