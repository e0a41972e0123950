package fr.sentinelle.connectors.access;

/** The kinds of Kafka clients Sentinelle has, each with the least access its work needs. */
public enum KafkaRole {
  /** Publishes its own feeds, nothing else: cannot read any topic, nor write alerts. */
  INTEGRATOR,
  /** A detector job: reads its detector's feed, writes alerts and dead letters. */
  DETECTOR_JOB,
  /** The alert service: reads alerts, writes and reads actions, writes feedback, keeps its Streams state. */
  ALERT_SERVICE
}
