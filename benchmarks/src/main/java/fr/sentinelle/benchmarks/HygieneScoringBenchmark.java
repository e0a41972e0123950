package fr.sentinelle.benchmarks;

import fr.sentinelle.models.features.TextFeatureExtractor;
import fr.sentinelle.models.hygiene.HygieneModel;
import java.util.List;
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
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

/**
 * Full scoring of one review by the default hygiene model, as the hygiene job calls it (language
 * given, and left to detection); the same score the way it was computed before the model's weights
 * were read directly (a Tribuo example per review, then Tribuo's predict); and the Tribuo prediction
 * alone on examples built beforehand.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class HygieneScoringBenchmark {
  private TextCycle texts;
  private HygieneModel model;
  private Model<Label> tribuoModel;
  private TextFeatureExtractor extractor;
  private Example<Label>[] examples;
  private int next;
  private long unseen;

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() {
    List<SeedReviews.Text> corpus = SeedReviews.load();
    texts = new TextCycle(corpus);
    model = HygieneModel.loadDefault();
    tribuoModel = DefaultHygieneModelFiles.tribuoModel();
    extractor = new TextFeatureExtractor(DefaultHygieneModelFiles.metadata().features())
        .withVocabulary(DefaultHygieneModelFiles.vocabulary());
    examples = corpus.stream()
        .map(t -> extractor.toExample(t.text(), t.language(), LabelFactory.UNKNOWN_LABEL))
        .toArray(Example[]::new);
  }

  @Benchmark
  public double score() {
    SeedReviews.Text text = texts.next();
    return model.score(text.text(), text.language());
  }

  /**
   * As {@code score}, each review with one word never seen before appended ("zq" and a counter), so
   * the analysis misses its memo of analysed tokens once per review and the memo fills up and
   * starts again as it would on a stream with a long tail of new words. The concatenation is part
   * of the measured time.
   */
  @Benchmark
  public double scoreWithAnUnseenWord() {
    SeedReviews.Text text = texts.next();
    return model.score(text.text() + " zq" + Long.toString(unseen++, 36), text.language());
  }

  @Benchmark
  public double scoreDetectingLanguage() {
    return model.score(texts.next().text(), null);
  }

  /** Example per review then Tribuo's predict: the path {@code score} replaced (same features, same model). */
  @Benchmark
  public double scoreThroughTribuoExample() {
    SeedReviews.Text text = texts.next();
    Prediction<Label> prediction = tribuoModel.predict(extractor.toExample(text.text(), text.language(), LabelFactory.UNKNOWN_LABEL));
    return prediction.getOutputScores().get("1").getScore();
  }

  @Benchmark
  public Prediction<Label> predictOnly() {
    Example<Label> example = examples[next];
    next = next + 1 == examples.length ? 0 : next + 1;
    return tribuoModel.predict(example);
  }
}
