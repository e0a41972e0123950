package fr.sentinelle.api.state;

import fr.sentinelle.api.TestAlerts;
import fr.sentinelle.api.cases.CaseState;
import fr.sentinelle.api.metrics.AlertMetrics;
import fr.sentinelle.api.search.TextIndex;
import fr.sentinelle.avro.alert.Alert;
import fr.sentinelle.avro.alert.Evidence;
import fr.sentinelle.avro.codec.AvroCodec;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * What folding one alert version costs the stream thread, in CPU microseconds of this thread (so a
 * busy machine blurs it less than wall time), as cases accumulate versions: hygiene-like alerts of
 * 300 establishments, each new version quoting up to 20 reviews. Runs the real topology on Kafka
 * Streams' test driver (real RocksDB stores, no broker), rounds of 5,000 versions. A measuring
 * tool, not a test: {@code java -cp … fr.sentinelle.api.state.CaseFoldCost [rounds]} (BENCHMARKS.md).
 */
public final class CaseFoldCost {
  private static final int SUBJECTS = 300;
  private static final int MAX_EVIDENCE = 20;
  private static final int ROUND = 5_000;
  private static final Instant T0 = Instant.parse("2026-03-02T10:15:30Z");
  private static final String EXCERPT = "Nous avons mangé ici samedi soir et toute la famille a été malade le "
      + "lendemain, vomissements et fièvre, je déconseille fortement ce restaurant";

  private CaseFoldCost() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "case-fold-cost");
    props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("case-fold-cost").toString());
    CaseListener ignore = new CaseListener() {
      @Override
      public void alertNotified(long sequence, Alert alert, long recordTimestamp) { }

      @Override
      public void caseChanged(CaseState state) { }
    };
    AvroCodec<Alert> codec = AvroCodec.of(Alert.class);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    AlertTopology.Topics topics = new AlertTopology.Topics("alerts", "actions", "feedback");
    try (TextIndex index = new TextIndex();
         TopologyTestDriver driver = new TopologyTestDriver(AlertTopology.build(topics,
             new AlertMetrics(new PrometheusRegistry()), ignore, index, AlertTopology.DEFAULT_STREAM_RETENTION), props, T0)) {
      TestInputTopic<String, byte[]> alerts = driver.createInputTopic(topics.alerts(), Serdes.String().serializer(),
          Serdes.ByteArray().serializer());
      int n = 0;
      for (int round = 1; round <= rounds; round++) {
        List<byte[]> encoded = new ArrayList<>(ROUND);
        for (int i = 0; i < ROUND; i++) {
          encoded.add(codec.encode(version(n + i)));
        }
        long cpu = threads.getCurrentThreadCpuTime();
        for (byte[] bytes : encoded) {
          alerts.pipeInput("alert-" + n % SUBJECTS, bytes, T0.plusSeconds(n));
          n++;
        }
        double micros = (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / ROUND;
        System.out.printf("round %d: %.0f µs of CPU per alert version; %d versions per case so far%n", round, micros,
            n / SUBJECTS);
      }
    }
  }

  /** The n-th alert version: establishment n mod 300, quoting its newest reviews like the hygiene job. */
  private static Alert version(int n) {
    int subject = n % SUBJECTS;
    int version = n / SUBJECTS;
    Alert alert = TestAlerts.aboutSubject("alert-" + subject, "est-" + subject, T0.plusSeconds(n));
    Evidence quoted = alert.getEvidence().get(0);
    List<Evidence> evidence = new ArrayList<>();
    for (int k = 0; k < Math.min(MAX_EVIDENCE, version + 1); k++) {
      evidence.add(Evidence.newBuilder(quoted).setExcerpt(EXCERPT + " (" + k + ", v" + version + ")").build());
    }
    alert.setEvidence(evidence);
    alert.setTitle((version + 1) + " avis signalent une intoxication alimentaire en 30 jours : Chez " + subject);
    return alert;
  }
}
