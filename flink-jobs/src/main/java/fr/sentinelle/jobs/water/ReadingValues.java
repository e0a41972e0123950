package fr.sentinelle.jobs.water;

import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.WaterReading;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reading's measurements in the model's parameter order: a parameter the reading lacks, or whose
 * value is null, is NaN (a gap, not an anomaly); parameters the model does not know are ignored.
 */
final class ReadingValues {
  private final Map<String, Integer> index = new HashMap<>();
  private final int size;

  int size() {
    return size;
  }

  ReadingValues(List<String> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      index.put(parameters.get(i), i);
    }
    this.size = parameters.size();
  }

  /** @return the values, or null when the reading has none of the model's parameters */
  double[] of(WaterReading reading) {
    double[] values = new double[size];
    Arrays.fill(values, Double.NaN);
    boolean any = false;
    for (Measurement m : reading.getMeasurements()) {
      Integer i = index.get(m.getParameter().toString());
      if (i != null && m.getValue() != null && Double.isFinite(m.getValue())) {
        values[i] = m.getValue();
        any = true;
      }
    }
    return any ? values : null;
  }
}
