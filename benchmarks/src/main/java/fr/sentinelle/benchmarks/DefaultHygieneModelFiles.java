package fr.sentinelle.benchmarks;

import fr.sentinelle.models.features.FeatureVocabulary;
import fr.sentinelle.models.hygiene.HygieneModel;
import fr.sentinelle.models.train.ModelFiles;
import fr.sentinelle.models.train.ModelMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The parts of the default hygiene model shipped in the models jar, read separately so the
 * benchmarks can time feature extraction and the Tribuo prediction apart from the whole score.
 */
final class DefaultHygieneModelFiles {
  private DefaultHygieneModelFiles() {}

  static ModelMetadata metadata() {
    try (InputStream in = open(ModelFiles.METADATA)) {
      return ModelMetadata.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FeatureVocabulary vocabulary() {
    try (InputStream in = open(ModelFiles.VOCABULARY)) {
      return FeatureVocabulary.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Model<Label> tribuoModel() {
    try (InputStream in = open(ModelFiles.MODEL)) {
      return (Model<Label>) Model.deserializeFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String file) {
    String resource = HygieneModel.DEFAULT_RESOURCE + file;
    InputStream in = DefaultHygieneModelFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("no " + resource + " on the classpath: the models build trains it");
    }
    return in;
  }
}
