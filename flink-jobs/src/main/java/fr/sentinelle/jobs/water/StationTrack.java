package fr.sentinelle.jobs.water;

import fr.sentinelle.models.water.StationMemory;

/**
 * A station's scoring memory plus what its open event's alert needs: where the event started and,
 * per parameter, its largest deviation so far with the value and baseline at that minute. A Flink POJO.
 */
public final class StationTrack {
  public StationMemory memory;
  public String department;
  public String openTopic;
  public int openPartition;
  public long openOffset;
  public double[] peakDeviation;
  public double[] peakValue;
  public double[] peakBaseline;

  public StationTrack() {}

  static StationTrack fresh(StationMemory memory, int parameters) {
    StationTrack t = new StationTrack();
    t.memory = memory;
    t.peakDeviation = new double[parameters];
    t.peakValue = new double[parameters];
    t.peakBaseline = new double[parameters];
    return t;
  }

  void clearPeaks() {
    java.util.Arrays.fill(peakDeviation, 0);
    java.util.Arrays.fill(peakValue, 0);
    java.util.Arrays.fill(peakBaseline, 0);
  }
}
