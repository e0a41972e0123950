package fr.sentinelle.models.features;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The features a model knows, each with a scale fitted on its training data: features seen in
 * fewer than {@code minDocumentFrequency} training texts are dropped, and with naive-Bayes scaling
 * each feature is multiplied by |log-count ratio| between the classes (Wang and Manning's NB-SVM
 * idea: the linear model starts from how discriminative each n-gram is).
 */
public final class FeatureVocabulary {
  /** Kept whatever the data says, so every text has at least one known feature. */
  public static final String CONSTANT = "k:constant";

  private final Map<String, Float> scales;

  FeatureVocabulary(Map<String, Float> scales) {
    this.scales = Map.copyOf(scales);
  }

  /** Fits the vocabulary on raw training features ({@link TextFeatureExtractor#extract}) and their labels. */
  public static FeatureVocabulary fit(List<Map<String, Double>> documents, List<Boolean> positive,
      int minDocumentFrequency, boolean naiveBayesScaling) {
    Map<String, int[]> documentCounts = new HashMap<>();
    int[] classSizes = new int[2];
    for (int i = 0; i < documents.size(); i++) {
      int cls = positive.get(i) ? 1 : 0;
      classSizes[cls]++;
      for (String feature : documents.get(i).keySet()) {
        documentCounts.computeIfAbsent(feature, k -> new int[2])[cls]++;
      }
    }
    Map<String, Float> scales = new HashMap<>();
    for (Map.Entry<String, int[]> e : documentCounts.entrySet()) {
      int[] c = e.getValue();
      if (c[0] + c[1] < minDocumentFrequency && !e.getKey().equals(CONSTANT)) {
        continue;
      }
      double scale = 1;
      if (naiveBayesScaling && !e.getKey().equals(CONSTANT)) {
        // Laplace-smoothed share of each class's documents that contain the feature.
        double p = (c[1] + 1.0) / (classSizes[1] + 2.0);
        double q = (c[0] + 1.0) / (classSizes[0] + 2.0);
        scale = Math.abs(Math.log(p / q));
      }
      scales.put(e.getKey(), (float) scale);
    }
    scales.put(CONSTANT, 1f);
    return new FeatureVocabulary(scales);
  }

  /** The known features of {@code raw}, scaled. */
  public Map<String, Double> apply(Map<String, Double> raw) {
    Map<String, Double> known = new HashMap<>();
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      Float scale = scales.get(e.getKey());
      if (scale != null && scale != 0f) {
        known.put(e.getKey(), e.getValue() * scale);
      }
    }
    return known;
  }

  /** Feature name to scale, for a scorer that folds the scales into its weights once. */
  public Map<String, Float> scales() {
    return scales;
  }

  public int size() {
    return scales.size();
  }

  /** Writes "feature TAB scale" lines, sorted, gzipped (feature names never contain tabs or newlines). */
  public void write(Path file) throws IOException {
    try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8))) {
      for (Map.Entry<String, Float> e : new TreeMap<>(scales).entrySet()) {
        out.write(e.getKey() + '\t' + e.getValue() + '\n');
      }
    }
  }

  public static FeatureVocabulary read(InputStream gzipped) throws IOException {
    Map<String, Float> scales = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        int tab = line.lastIndexOf('\t');
        if (tab <= 0) {
          throw new IOException("malformed feature vocabulary line: " + line);
        }
        scales.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
      }
    }
    return new FeatureVocabulary(scales);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureVocabulary other && scales.equals(other.scales);
  }

  @Override
  public int hashCode() {
    return scales.hashCode();
  }
}
