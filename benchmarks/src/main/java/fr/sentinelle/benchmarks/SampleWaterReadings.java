package fr.sentinelle.benchmarks;

import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.WaterReading;
import java.time.Instant;
import java.util.List;

/**
 * Water-quality feed records shaped like the GECCO station's: six parameters a minute, with values
 * that vary from record to record (fixed, no randomness), one of them sometimes missing.
 */
final class SampleWaterReadings {
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

  private SampleWaterReadings() {}

  static WaterReading reading(int minute) {
    double wave = Math.sin(minute / 60.0);
    return WaterReading.newBuilder()
        .setStationId("bench-station-" + (minute % 4))
        .setDepartment("59")
        .setEventTime(START.plusSeconds(60L * minute))
        .setMeasurements(List.of(
            measurement("temperature", 8.2 + wave, "Cel"),
            measurement("chlorine", minute % 97 == 0 ? null : 0.12 + 0.01 * wave, "mg/L"),
            measurement("ph", 8.1 + 0.05 * wave, "[pH]"),
            measurement("redox", 740 + 10 * wave, "mV"),
            measurement("conductivity", 0.021 + 0.001 * wave, "uS/cm"),
            measurement("turbidity", 0.013 + 0.002 * wave, "NTU")))
        .build();
  }

  private static Measurement measurement(String parameter, Double value, String unit) {
    return Measurement.newBuilder().setParameter(parameter).setValue(value).setUnit(unit).build();
  }
}
