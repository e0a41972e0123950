package fr.sentinelle.benchmarks;

import fr.sentinelle.models.text.LanguageDetector;
import fr.sentinelle.models.text.ReviewAnalyzers;
import fr.sentinelle.models.text.TextNormalizer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The text steps before features, one benchmark each: HTML-entity and whitespace normalisation,
 * language detection, and the Lucene analysis chain the hygiene model uses (stop words kept, as in
 * {@code FeatureConfig.hygieneDefault()}), reading every term as the feature extractor does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class TextAnalysisBenchmark {
  private TextCycle texts;

  @Setup
  public void setUp() {
    texts = new TextCycle(SeedReviews.load());
  }

  @Benchmark
  public String normalize() {
    return TextNormalizer.normalize(texts.next().text());
  }

  @Benchmark
  public String detectLanguage() {
    return LanguageDetector.detect(texts.next().text());
  }

  /** Analysis of an already normalised text, its language given. */
  @Benchmark
  public void analyse(Blackhole terms) throws IOException {
    SeedReviews.Text text = texts.next();
    try (TokenStream stream = ReviewAnalyzers.forLanguage(text.language(), false).tokenStream("text", text.text())) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.consume(term.toString());
      }
      stream.end();
    }
  }
}
