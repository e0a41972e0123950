package fr.sentinelle.jobs.common;

/**
 * One message as read from a feed topic, before decoding: the bytes and where they came from.
 *
 * <p>A Java record, so Flink serializes it with its POJO serializer (no Kryo).
 *
 * @param topic the feed topic
 * @param partition its partition, -1 when not read from Kafka
 * @param offset its offset, -1 when not read from Kafka
 * @param timestamp the Kafka record timestamp (epoch ms); event time comes from the decoded record instead
 * @param value the message value, possibly null or empty
 */
public record FeedMessage(String topic, int partition, long offset, long timestamp, byte[] value) {

  /** Size of the value in bytes (0 for a null value). */
  public int size() {
    return value == null ? 0 : value.length;
  }
}
