package fr.sentinelle.jobs.water;

/**
 * A reading waiting for the watermark, reduced to what scoring and alerts need: the values in the
 * model's parameter order (NaN when missing) and where it came from. A Flink POJO.
 */
public final class PendingReading {
  public double[] values;
  public String department;
  public String topic;
  public int partition;
  public long offset;

  public PendingReading() {}

  public PendingReading(double[] values, String department, String topic, int partition, long offset) {
    this.values = values;
    this.department = department;
    this.topic = topic;
    this.partition = partition;
    this.offset = offset;
  }
}
