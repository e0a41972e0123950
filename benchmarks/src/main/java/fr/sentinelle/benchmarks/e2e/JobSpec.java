package fr.sentinelle.benchmarks.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import fr.sentinelle.avro.Feed;
import fr.sentinelle.avro.Topics;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.AlertStatus;
import java.nio.file.Path;
import fr.sentinelle.avro.codec.AvroCodec;
import fr.sentinelle.avro.codec.DecodeException;
import fr.sentinelle.avro.feed.WaterReading;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

/**
 * One job the benchmark runs: its main class in the flink-jobs module, the feed it reads, where its
 * output goes and how to tell which published record an output record answers.
 *
 * @param name the job's name in the report
 * @param detector true for a detector (its output is alerts), false for the pass-through baseline
 * @param outputTopic the topic the latency phase reads
 * @param sourceIdOf the id of the published record an output message answers, null when none
 * @param streamSourceIdOf the same for an alert as the inspector's stream shows it (JSON), null when none
 */
public record JobSpec(String name, boolean detector, Feed feed, String mainClass, List<String> extraArgs,
    String outputTopic, Function<byte[], String> sourceIdOf, Function<JsonNode, String> streamSourceIdOf) {

  public static final String PASS_THROUGH_MAIN = "fr.sentinelle.jobs.passthrough.PassThroughJob";
  public static final String HYGIENE_MAIN = "fr.sentinelle.jobs.hygiene.HygieneJob";
  public static final String WATER_MAIN = "fr.sentinelle.jobs.water.WaterJob";

  /** The baseline on a feed: every record comes out again on its own output topic. */
  public static JobSpec passThrough(Feed feed) {
    String output = "sentinelle.bench.pass-through." + feed.feedName();
    AvroCodec<? extends SpecificRecord> codec = AvroCodec.of(feed.recordType());
    int idField = codec.schema().getField(feed.idField()).pos();
    return new JobSpec("pass-through-" + feed.feedName(), false, feed, PASS_THROUGH_MAIN,
        List.of("--feed", feed.feedName(), "--output-topic", output), output, bytes -> {
          try {
            SpecificRecord record = codec.decode(bytes);
            if (record instanceof WaterReading reading) {
              // Readings have no id of their own: a station and a time name one.
              return WaterLoad.stationTime(reading.getStationId().toString(), reading.getEventTime().toEpochMilli());
            }
            Object id = record.get(idField);
            return id == null ? null : id.toString();
          } catch (DecodeException e) {
            return null;
          }
        }, alert -> null);
  }

  public static JobSpec hygiene() {
    return new JobSpec(Feed.REVIEWS.detector(), true, Feed.REVIEWS, HYGIENE_MAIN, List.of(), Topics.ALERTS,
        JobSpec::alertSourceId, alert -> textOrNull(alert.path("source").path("recordId")));
  }

  /**
   * The water detector with a model directory. Its alerts name the station, not a reading, so an
   * OPEN alert is matched to the reading that opened the event by that reading's partition and
   * offset; the CLOSED alert of the same event answers no new reading and is not counted.
   */
  public static JobSpec water(Path model) {
    return new JobSpec(Feed.WATER.detector(), true, Feed.WATER, WATER_MAIN, List.of("--model", model.toString()),
        Topics.ALERTS, bytes -> {
          try {
            Alert alert = AvroCodec.of(Alert.class).decode(bytes);
            if (alert.getStatus() != AlertStatus.OPEN || alert.getSource() == null) {
              return null;
            }
            return Deliveries.position(alert.getSource().getPartition(), alert.getSource().getOffset());
          } catch (DecodeException e) {
            return null;
          }
        }, alert -> {
          JsonNode source = alert.path("source");
          return AlertStatus.OPEN.name().equals(alert.path("status").asText()) && source.has("partition")
              ? Deliveries.position(source.path("partition").asInt(), source.path("offset").asLong()) : null;
        });
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  /** The id of the feed record that raised an alert (for hygiene, the review that tipped the establishment over). */
  static String alertSourceId(byte[] bytes) {
    try {
      Alert alert = AvroCodec.of(Alert.class).decode(bytes);
      return alert.getSource() == null || alert.getSource().getRecordId() == null ? null
          : alert.getSource().getRecordId().toString();
    } catch (DecodeException e) {
      return null;
    }
  }

  /** The job's command line for a run reading {@code topic} with consumer group {@code group}. */
  public List<String> args(String bootstrapServers, String topic, String group, BenchSettings settings) {
    List<String> args = new ArrayList<>(List.of("--bootstrap-servers", bootstrapServers, "--feed-topic", topic,
        "--group-id", group, "--starting-offsets", "earliest",
        // On disk, as the local stack runs them: a detector's state outgrows the 5 MB that
        // checkpoints kept in the job manager's memory allow, and its checkpoints would fail.
        "--checkpoint-dir", settings.dataDir().resolve("checkpoints").resolve(group).toUri().toString(),
        "--checkpoint-interval", settings.checkpointInterval(),
        "--parallelism", Integer.toString(settings.parallelism()),
        "--max-out-of-orderness", settings.maxOutOfOrderness()));
    args.addAll(extraArgs);
    return args;
  }
}
