package fr.sentinelle.benchmarks;

import fr.sentinelle.models.features.FeatureName;
import fr.sentinelle.models.features.FeatureSink;
import fr.sentinelle.models.features.TextFeatureExtractor;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

/**
 * The hygiene model's feature step with the default model's own configuration (normalise, analyse,
 * word n-grams, illness cues): as scoring runs it, each feature handed to a sink without its name
 * being spelled out ({@code features}); as training keeps it, a map from feature name to value
 * ({@code extract}); and as a Tribuo example through the model's vocabulary ({@code toExample}, known
 * features only, naive-Bayes scaled), which scoring built per review before it read the weights
 * directly.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class FeatureExtractionBenchmark {
  private TextCycle texts;
  private TextFeatureExtractor raw;
  private TextFeatureExtractor withVocabulary;

  @Setup
  public void setUp() {
    texts = new TextCycle(SeedReviews.load());
    raw = new TextFeatureExtractor(DefaultHygieneModelFiles.metadata().features());
    withVocabulary = raw.withVocabulary(DefaultHygieneModelFiles.vocabulary());
  }

  @Benchmark
  public double features() {
    SeedReviews.Text text = texts.next();
    FeatureSum sum = new FeatureSum();
    raw.extract(text.text(), text.language(), sum);
    return sum.total;
  }

  @Benchmark
  public Map<String, Double> extract() {
    SeedReviews.Text text = texts.next();
    return raw.extract(text.text(), text.language());
  }

  @Benchmark
  public Example<Label> toExample() {
    SeedReviews.Text text = texts.next();
    return withVocabulary.toExample(text.text(), text.language(), LabelFactory.UNKNOWN_LABEL);
  }

  /** Adds up the feature values, so the sink does a little work with each feature, as scoring's does. */
  private static final class FeatureSum implements FeatureSink {
    double total;

    @Override
    public void add(FeatureName name, double value) {
      total += value + name.length();
    }
  }
}
