package fr.sentinelle.models.train;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Detector trainers by name; the command line gets its list from {@code fr.sentinelle.models.cli.Detectors}. */
public final class DetectorRegistry {
  private final Map<String, DetectorTrainer> trainers = new TreeMap<>();

  public DetectorRegistry(List<DetectorTrainer> trainers) {
    trainers.forEach(t -> this.trainers.put(t.detector(), t));
  }

  public DetectorTrainer get(String detector) {
    DetectorTrainer trainer = trainers.get(detector);
    if (trainer == null) {
      throw new UnsupportedDetectorException(detector, trainers.keySet());
    }
    return trainer;
  }

  public List<String> supported() {
    return List.copyOf(trainers.keySet());
  }
}
