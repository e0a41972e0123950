package fr.sentinelle.models.water;

import java.util.List;

/** A labelled water-quality file: parameters in column order, samples in time order, and its SHA-256. */
public record WaterData(List<String> parameters, List<WaterSample> samples, String sha256) {
  public int events() {
    int events = 0;
    boolean previous = false;
    for (WaterSample s : samples) {
      events += s.event() && !previous ? 1 : 0;
      previous = s.event();
    }
    return events;
  }
}
