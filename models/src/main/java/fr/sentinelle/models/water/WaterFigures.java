package fr.sentinelle.models.water;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Minute-level and event-level figures of one replay.
 *
 * @param longEvents labelled events of at least 10 minutes
 * @param longEventsWithin5 those detected at most 5 minutes after they started
 * @param meanDelayMinutes mean minutes from an event's start to its first flagged minute, over detected events
 */
public record WaterFigures(int n, int positives, double threshold, double precision, double recall, double f1,
    double aupr, int events, int eventsDetected, int eventsMissed, int falseAlarms, double days,
    double falseAlarmsPerDay, double meanDelayMinutes, int longEvents, int longEventsWithin5) {

  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("n", n);
    json.put("positives", positives);
    json.put("threshold", threshold);
    json.put("precision", precision);
    json.put("recall", recall);
    json.put("f1", f1);
    json.put("aupr", aupr);
    json.put("events", events);
    json.put("events_detected", eventsDetected);
    json.put("events_missed", eventsMissed);
    json.put("false_alarms", falseAlarms);
    json.put("days", days);
    json.put("false_alarms_per_day", falseAlarmsPerDay);
    json.put("mean_detection_delay_minutes", meanDelayMinutes);
    json.put("events_10min_or_more", longEvents);
    json.put("events_10min_or_more_detected_within_5min", longEventsWithin5);
    return json;
  }
}
