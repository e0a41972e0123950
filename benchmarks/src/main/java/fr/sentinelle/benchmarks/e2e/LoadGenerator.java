package fr.sentinelle.benchmarks.e2e;

import java.time.Instant;

/** Makes the messages of one feed's load, deterministically for a given seed and sequence of calls. */
public interface LoadGenerator {
  /** A Kafka message: key (the feed's subject) and Avro single-object-encoded value. */
  record Message(byte[] key, byte[] value) {}

  /** @param sequence the message's number in this load, which its record id ends with */
  Message next(long sequence, Instant eventTime);

  /**
   * The event time of message {@code sequence}, given the one the producer proposes: one
   * millisecond after the previous message for a backlog, the moment of sending for a paced load.
   * By default the proposed one; a load whose subjects report on a clock of their own says so here.
   */
  default Instant eventTime(long sequence, Instant proposed) {
    return proposed;
  }

  /**
   * Another name the job's output may give the message, for records with no id of their own (a
   * water reading is its station and time); null when the id suffices.
   */
  default String alias(long sequence, Instant eventTime) {
    return null;
  }

  /** What every record id of this load starts with. */
  String prefix();

  static String id(String prefix, long sequence) {
    return prefix + sequence;
  }

  /** The sequence number of a record id of this load, or -1 when the id is not one of its. */
  static long sequenceOf(String prefix, String id) {
    if (id == null || !id.startsWith(prefix)) {
      return -1;
    }
    try {
      return Long.parseLong(id, prefix.length(), id.length(), 10);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
