package fr.sentinelle.models.cli;

import fr.sentinelle.models.hygiene.HygieneTrainer;
import fr.sentinelle.models.train.DetectorRegistry;
import fr.sentinelle.models.water.WaterTrainer;
import java.util.List;

/** The detectors the command line can train: add each new detector's trainer here. */
public final class Detectors {
  private Detectors() {}

  public static DetectorRegistry all() {
    return new DetectorRegistry(List.of(new HygieneTrainer(), new WaterTrainer()));
  }
}
