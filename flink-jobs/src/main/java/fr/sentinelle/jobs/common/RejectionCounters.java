package fr.sentinelle.jobs.common;

import fr.sentinelle.avro.alert.RejectReason;
import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/** One rejected-events counter per reason, registered up front so every reason shows, even at zero. */
public final class RejectionCounters {
  private final Map<RejectReason, Counter> counters = new EnumMap<>(RejectReason.class);

  public RejectionCounters(MetricGroup group, String detector) {
    for (RejectReason reason : RejectReason.values()) {
      counters.put(reason, DetectorMetrics.rejected(group, detector, reason.name()));
    }
  }

  public void count(RejectReason reason) {
    counters.get(reason).inc();
  }
}
