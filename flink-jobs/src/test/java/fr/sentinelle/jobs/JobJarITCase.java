package fr.sentinelle.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shaded job jar (classifier "job", built in the package phase, before failsafe runs) holds what
 * a standard Flink 2.2 cluster lacks, and none of what it has: a second copy of Flink's runtime or
 * of a logging binding would clash with the cluster's.
 */
class JobJarITCase {
  static final Path JAR = Path.of("target", "sentinelle-flink-jobs-" + System.getProperty("project.version",
      "0.1.0-SNAPSHOT") + "-job.jar");
  private static JarFile jar;

  @BeforeAll
  static void open() throws IOException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run mvn package first");
    jar = new JarFile(JAR.toFile());
  }

  @Test
  void startsTheHygieneJob() throws IOException {
    assertEquals("fr.sentinelle.jobs.hygiene.HygieneJob", jar.getManifest().getMainAttributes().getValue("Main-Class"));
  }

  @Test
  void bundlesTheConnectorAvroModelsTribuoAndLucene() {
    for (String entry : List.of(
        "fr/sentinelle/jobs/hygiene/HygieneJob.class",
        "fr/sentinelle/avro/feed/Review.class",
        "fr/sentinelle/models/hygiene/HygieneModel.class",
        "models/restaurant-hygiene/model.tribuo",
        "org/apache/flink/connector/kafka/source/KafkaSource.class",
        "org/apache/flink/connector/base/DeliveryGuarantee.class",
        "org/apache/flink/formats/avro/typeutils/AvroTypeInfo.class",
        "org/apache/kafka/clients/consumer/KafkaConsumer.class",
        "org/apache/avro/Schema.class",
        "org/tribuo/Model.class",
        "org/apache/lucene/analysis/fr/FrenchAnalyzer.class",
        "picocli/CommandLine.class")) {
      assertTrue(jar.getEntry(entry) != null, entry + " is not in the job jar");
    }
  }

  @Test
  void leavesFlinksRuntimeReportersAndLoggingToTheCluster() {
    for (String prefix : List.of("org/apache/flink/runtime/", "org/apache/flink/api/common/",
        "org/apache/flink/streaming/api/environment/", "org/apache/flink/client/", "org/apache/flink/metrics/",
        "io/prometheus/client/", "org/slf4j/", "com/esotericsoftware/kryo/")) {
      assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith(prefix)), prefix + " must not be in the job jar");
    }
    assertFalse(jar.getEntry("META-INF/services/org.apache.flink.metrics.reporter.MetricReporterFactory") != null);
  }

  @Test
  void mergesServiceFilesSoLuceneAndKafkaFindTheirImplementations() throws IOException {
    String codecs = read("META-INF/services/org.apache.lucene.codecs.Codec");
    assertTrue(codecs.contains("org.apache.lucene.codecs.lucene912.Lucene912Codec"), codecs);
    String tokenizers = read("META-INF/services/org.apache.lucene.analysis.TokenizerFactory");
    assertTrue(tokenizers.contains("org.apache.lucene.analysis.standard.StandardTokenizerFactory"), tokenizers);
    String filters = read("META-INF/services/org.apache.lucene.analysis.TokenFilterFactory");
    assertTrue(filters.contains("org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory"), filters);
  }

  private static String read(String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertTrue(entry != null, name + " is not in the job jar");
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
