package fr.sentinelle.models.features;

import fr.sentinelle.models.text.LanguageDetector;
import fr.sentinelle.models.text.ReviewAnalyzers;
import fr.sentinelle.models.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * Turns a review text into model features. The one code path for both training (each labelled
 * review becomes a Tribuo example) and scoring (each incoming review), so the two never drift.
 *
 * <p>Features: analysed words ("w:"), runs of n consecutive analysed words ("2g:", "3g:"…) and
 * optionally character n-grams inside words ("c:"); each with a sublinear weight 1 + ln(count),
 * each group scaled to unit L2 norm so long reviews do not outweigh short ones; optionally
 * hand-written illness cues ("d:", {@link IllnessCues}). A model's fitted
 * {@link FeatureVocabulary} then keeps the features it knows and scales them.
 *
 * <p>{@link #extract(String, String, FeatureSink)} computes them, once, for both sides: training
 * keeps each feature by name ({@link #extract(String, String)}, then Tribuo examples); scoring
 * hands each one to a sink that adds its weight read from the model, without spelling out the
 * names of n-grams the model does not know. It keeps per-thread buffers, so it allocates almost
 * nothing per text.
 */
public final class TextFeatureExtractor {
  private static final String VERSION = "text-features-v3";
  private static final String[] GROUP_PREFIXES = {"", "w:", "2g:", "3g:", "4g:", "5g:", "6g:", "7g:", "8g:", "9g:"};
  /** 1 + ln(count) for the small counts nearly every n-gram has: the same values, without a log call each. */
  private static final double[] SUBLINEAR = new double[64];

  static {
    for (int count = 1; count < SUBLINEAR.length; count++) {
      SUBLINEAR[count] = 1 + Math.log(count);
    }
  }

  private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

  private final FeatureConfig config;
  private final FeatureVocabulary vocabulary;

  /** An extractor without vocabulary: every feature passes, unscaled (what training starts from). */
  public TextFeatureExtractor(FeatureConfig config) {
    this(config, null);
  }

  private TextFeatureExtractor(FeatureConfig config, FeatureVocabulary vocabulary) {
    this.config = config;
    this.vocabulary = vocabulary;
  }

  public FeatureConfig config() {
    return config;
  }

  /** The same extractor, applying a fitted vocabulary (features a model knows, with their scales). */
  public TextFeatureExtractor withVocabulary(FeatureVocabulary vocabulary) {
    return new TextFeatureExtractor(config, vocabulary);
  }

  /** A Tribuo example with the text's features; language "fr"/"en" or null to detect it. */
  public <T extends Output<T>> Example<T> toExample(String text, String languageOrNull, T output) {
    return toExample(extract(text, languageOrNull), output);
  }

  /** A Tribuo example from features {@link #extract} made (training extracts once and reuses them). */
  public <T extends Output<T>> Example<T> toExample(Map<String, Double> extracted, T output) {
    Map<String, Double> features = vocabulary == null ? extracted : vocabulary.apply(extracted);
    String[] names = features.keySet().toArray(new String[0]);
    double[] values = new double[names.length];
    for (int i = 0; i < names.length; i++) {
      values[i] = features.get(names[i]);
    }
    return new ArrayExample<>(output, names, values);
  }

  /** Feature name to value for one text, before any vocabulary (what training keeps and fits on). */
  public Map<String, Double> extract(String text, String languageOrNull) {
    Map<String, Double> features = new HashMap<>();
    extract(text, languageOrNull, (name, value) -> features.put(name.toString(), value));
    return features;
  }

  /**
   * The one feature computation behind training and scoring: hands each of the text's features,
   * before any vocabulary, to {@code sink}. Per-thread buffers keep it from allocating per word.
   */
  public void extract(String text, String languageOrNull, FeatureSink sink) {
    Workspace work = WORKSPACE.get();
    String clean = TextNormalizer.normalize(text);
    String language = LanguageDetector.resolve(languageOrNull, clean);
    AnalysedWords words = work.words;
    words.analyse(language, config.removeStopWords(), clean);
    FeatureName name = work.name;
    // Always present, so an empty or all-unknown text still gets a score (the model's prior).
    sink.add(name.set(FeatureVocabulary.CONSTANT), 1.0);
    for (int n = 1; n <= config.wordNgrams(); n++) {
      addWordNgrams(words, n, work.ngrams, name, sink);
    }
    if (config.charNgrams()) {
      addCharNgrams(words, work.charCounts, name, sink);
    }
    if (config.illnessCues()) {
      IllnessCues.addTo(clean, name, sink);
    }
  }

  /** A hash identifying the feature space: analysis chain, feature kinds and weighting. */
  public String schemaHash() {
    String schema = VERSION + '|' + config + '|' + ReviewAnalyzers.describe() + '|' + IllnessCues.describe();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(schema.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** Word n-grams ("w:word", "2g:a b"…) with sublinear weights 1 + ln(count), scaled to unit L2 norm as a group. */
  private static void addWordNgrams(AnalysedWords words, int n, NgramCounter ngrams, FeatureName name, FeatureSink sink) {
    int distinct = ngrams.count(words, n);
    double sumSquares = 0;
    for (int d = 0; d < distinct; d++) {
      double w = sublinear(ngrams.occurrences(d));
      sumSquares += w * w;
    }
    double norm = Math.sqrt(sumSquares);
    for (int d = 0; d < distinct; d++) {
      name.setNgram(n < GROUP_PREFIXES.length ? GROUP_PREFIXES[n] : n + "g:", words, ngrams.start(d), n);
      sink.add(name, sublinear(ngrams.occurrences(d)) / norm);
    }
  }

  /** Character n-grams inside each word padded as "^word$" ("c:"), weighted like the word n-grams. */
  private void addCharNgrams(AnalysedWords words, Map<String, Integer> counts, FeatureName name, FeatureSink sink) {
    counts.clear();
    for (int i = 0; i < words.size(); i++) {
      String padded = '^' + words.word(i) + '$';
      for (int n = config.charNgramMin(); n <= config.charNgramMax(); n++) {
        for (int start = 0; start + n <= padded.length(); start++) {
          counts.merge("c:" + padded.substring(start, start + n), 1, Integer::sum);
        }
      }
    }
    double sumSquares = 0;
    for (int count : counts.values()) {
      double w = sublinear(count);
      sumSquares += w * w;
    }
    double norm = Math.sqrt(sumSquares);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      sink.add(name.set(e.getKey()), sublinear(e.getValue()) / norm);
    }
  }

  private static double sublinear(int count) {
    return count < SUBLINEAR.length ? SUBLINEAR[count] : 1 + Math.log(count);
  }

  /** One thread's reusable buffers: extraction runs once at a time per thread, so they never mix texts. */
  private static final class Workspace {
    final AnalysedWords words = new AnalysedWords();
    final NgramCounter ngrams = new NgramCounter();
    final FeatureName name = new FeatureName();
    final Map<String, Integer> charCounts = new HashMap<>();
  }
}
