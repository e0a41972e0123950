package fr.sentinelle.benchmarks.e2e;

import java.util.List;

/**
 * Throughput of a job reading a backlog it cannot keep up with.
 *
 * @param backlog messages waiting in the topic when the job started
 * @param roundsEventsPerSecond each measured round's rate (input messages the job committed per second)
 * @param medianEventsPerSecond the median of the rounds, the figure to quote
 * @param usage the job JVM over the measured rounds
 * @param note what limited the measurement, when something did (else null)
 */
public record ThroughputResult(long backlog, List<Double> roundsEventsPerSecond, double medianEventsPerSecond,
    double roundSeconds, JvmUsage usage, String note) {}
