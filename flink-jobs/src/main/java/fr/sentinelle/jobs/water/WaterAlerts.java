package fr.sentinelle.jobs.water;

import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import fr.sentinelle.avro.alert.Evidence;
import fr.sentinelle.avro.alert.Severity;
import fr.sentinelle.avro.alert.Subject;
import fr.sentinelle.avro.common.SourceRef;
import fr.sentinelle.jobs.common.AlertIds;
import fr.sentinelle.jobs.common.DetectorMetrics;
import fr.sentinelle.models.water.EventStep;
import fr.sentinelle.models.water.WaterModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * Builds a station event's alerts: the OPEN one when it starts and the CLOSED one, same id, when it
 * ends. Evidence: each parameter that deviated by at least {@link #EVIDENCE_SCALES} of its own
 * typical deviation, largest first, with its value, its hour-mean baseline and the difference; when
 * none did (several moderate moves together), the {@link #MULTI_PARAMETER_EVIDENCE} largest.
 */
final class WaterAlerts {
  static final String SUBJECT_KIND = "station";
  static final double EVIDENCE_SCALES = 5;
  static final int MAX_EVIDENCE = 5;
  /** Parameters shown when none deviates by {@link #EVIDENCE_SCALES} alone. */
  static final int MULTI_PARAMETER_EVIDENCE = 3;

  private final List<String> parameters;
  private final String modelVersion;
  private final Map<Severity, Counter> counters = new EnumMap<>(Severity.class);

  WaterAlerts(WaterModel model, MetricGroup metrics) {
    this.parameters = model.metadata().parameters();
    this.modelVersion = model.version();
    for (Severity severity : Severity.values()) {
      counters.put(severity, metrics == null ? null : DetectorMetrics.alerts(metrics, WaterJob.DETECTOR, severity.name()));
    }
  }

  /** The alert id of the station's event that opened at {@code openedAt}: replays give the same id. */
  static String id(String station, long openedAt) {
    return AlertIds.of(WaterJob.DETECTOR, station, Long.toString(openedAt));
  }

  Alert opened(String station, StationTrack t, EventStep step, long time) {
    return build(station, t, step, time, AlertStatus.OPEN, null);
  }

  Alert closed(String station, StationTrack t, EventStep step, long time) {
    return build(station, t, step, time, AlertStatus.CLOSED, step.lastFlaggedAt());
  }

  private Alert build(String station, StationTrack t, EventStep step, long time, AlertStatus status, Long end) {
    List<Evidence> evidence = evidence(t, new SourceRef(t.openTopic, t.openPartition, t.openOffset, station), time);
    Severity severity = evidence.size() >= 3 || step.peak() >= 3 ? Severity.HIGH : Severity.MEDIUM;
    Counter counter = counters.get(severity);
    if (counter != null) {
      counter.inc();
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("peakScore", String.format(Locale.ROOT, "%.3f", step.peak()));
    if (end != null) {
      attributes.put("durationMinutes", Long.toString((end - step.openedAt()) / 60_000 + 1));
    }
    return Alert.newBuilder()
        .setAlertId(id(station, step.openedAt()))
        .setDetector(WaterJob.DETECTOR)
        .setSubject(Subject.newBuilder().setKind(SUBJECT_KIND).setId(station).build())
        .setDepartment(t.department == null ? "unknown" : t.department)
        .setSeverity(severity)
        .setScore(Math.min(1, step.peak() / 2))
        .setStatus(status)
        .setTitle(title(station, status, evidence))
        .setModelVersion(modelVersion)
        .setEventTime(Instant.ofEpochMilli(time))
        .setWindowStart(Instant.ofEpochMilli(step.openedAt()))
        .setWindowEnd(end == null ? null : Instant.ofEpochMilli(end))
        .setSource(new SourceRef(t.openTopic, t.openPartition, t.openOffset, station))
        .setEvidence(evidence)
        .setAttributes(attributes)
        .build();
  }

  private List<Evidence> evidence(StationTrack t, SourceRef source, long time) {
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      if (Double.isFinite(t.peakDeviation[i]) && t.peakDeviation[i] != 0) {
        ranked.add(i);
      }
    }
    ranked.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(t.peakDeviation[i])));
    List<Integer> strong = ranked.stream().filter(i -> Math.abs(t.peakDeviation[i]) >= EVIDENCE_SCALES).toList();
    // No single parameter stands out: the model saw several moderate moves together. Show the largest
    // ones anyway, so the inspector knows what moved and by how much.
    List<Integer> shown = strong.isEmpty() ? ranked.stream().limit(MULTI_PARAMETER_EVIDENCE).toList() : strong;
    return shown.stream().limit(MAX_EVIDENCE).map(i -> {
      Map<String, Double> features = new LinkedHashMap<>();
      features.put("value", t.peakValue[i]);
      features.put("baseline", t.peakBaseline[i]);
      features.put("difference", t.peakValue[i] - t.peakBaseline[i]);
      features.put("deviationScales", t.peakDeviation[i]);
      return Evidence.newBuilder().setSource(source).setEventTime(Instant.ofEpochMilli(time))
          .setScore(null).setLabel(parameters.get(i)).setFeatures(features).build();
    }).toList();
  }

  /** E.g. "Événement qualité de l'eau, station S1 : ph +0.2, redox -25". */
  private String title(String station, AlertStatus status, List<Evidence> evidence) {
    String moves = String.join(", ", evidence.stream()
        .map(e -> e.getLabel() + " " + String.format(Locale.ROOT, "%+.3g", e.getFeatures().get("difference"))).toList());
    boolean strong = evidence.stream().anyMatch(e -> Math.abs(e.getFeatures().get("deviationScales")) >= EVIDENCE_SCALES);
    String what = evidence.isEmpty() ? "écart multi-paramètres"
        : strong ? moves : "écart multi-paramètres (" + moves + ")";
    return (status == AlertStatus.CLOSED ? "Fin d'événement" : "Événement") + " qualité de l'eau, station " + station
        + " : " + what;
  }
}
