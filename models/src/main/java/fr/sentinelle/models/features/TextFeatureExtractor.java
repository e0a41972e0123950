package fr.sentinelle.models.features;

import fr.sentinelle.models.text.LanguageDetector;
import fr.sentinelle.models.text.ReviewAnalyzers;
import fr.sentinelle.models.text.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
 */
public final class TextFeatureExtractor {
  private static final String VERSION = "text-features-v3";
  private static final String FIELD = "text";

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

  /** Feature name to value for one text, before any vocabulary. */
  public Map<String, Double> extract(String text, String languageOrNull) {
    String clean = TextNormalizer.normalize(text);
    String language = LanguageDetector.resolve(languageOrNull, clean);
    List<String> words = analyse(clean, language, config.removeStopWords());
    Map<String, Double> features = new HashMap<>();
    // Always present, so an empty or all-unknown text still gets a score (the model's prior).
    features.put(FeatureVocabulary.CONSTANT, 1.0);
    Map<String, Integer> counts = new HashMap<>();
    for (int n = 1; n <= config.wordNgrams(); n++) {
      for (int start = 0; start + n <= words.size(); start++) {
        counts.merge(n == 1 ? "w:" + words.get(start) : n + "g:" + String.join(" ", words.subList(start, start + n)),
            1, Integer::sum);
      }
      addGroup(counts, features);
    }
    if (config.charNgrams()) {
      for (String word : words) {
        String padded = '^' + word + '$';
        for (int n = config.charNgramMin(); n <= config.charNgramMax(); n++) {
          for (int start = 0; start + n <= padded.length(); start++) {
            counts.merge("c:" + padded.substring(start, start + n), 1, Integer::sum);
          }
        }
      }
      addGroup(counts, features);
    }
    if (config.illnessCues()) {
      IllnessCues.addTo(clean, features);
    }
    return features;
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

  private static List<String> analyse(String text, String language, boolean removeStopWords) {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = ReviewAnalyzers.forLanguage(language, removeStopWords).tokenStream(FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
    }
    return words;
  }

  /** Moves one group's counts into the features with sublinear, unit-norm weights. */
  private static void addGroup(Map<String, Integer> counts, Map<String, Double> features) {
    double sumSquares = 0;
    for (int count : counts.values()) {
      double w = 1 + Math.log(count);
      sumSquares += w * w;
    }
    double norm = Math.sqrt(sumSquares);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      features.put(e.getKey(), (1 + Math.log(e.getValue())) / norm);
    }
    counts.clear();
  }
}
