package fr.sentinelle.models.data;

import fr.sentinelle.models.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * De-duplication and seeded, stratified splits. De-duplicate before splitting so that no text
 * sits on both sides of a split (which would flatter the validation figures).
 */
public final class DataSplits {
  private DataSplits() {}

  /** A training part and a held-out part. */
  public record Split(List<LabelledText> train, List<LabelledText> heldOut) {}

  /** Keeps the first record of each text (compared after normalisation, case-insensitively). */
  public static List<LabelledText> deduplicate(List<LabelledText> records) {
    Map<String, LabelledText> firstByText = new LinkedHashMap<>();
    for (LabelledText r : records) {
      firstByText.putIfAbsent(TextNormalizer.normalize(r.text()).toLowerCase(Locale.ROOT), r);
    }
    return List.copyOf(firstByText.values());
  }

  /** Holds out {@code fraction} of each class, chosen by a seeded shuffle. */
  public static Split stratified(List<LabelledText> records, double fraction, long seed) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException("the held-out fraction must be strictly between 0 and 1, got " + fraction);
    }
    List<LabelledText> train = new ArrayList<>();
    List<LabelledText> heldOut = new ArrayList<>();
    Random random = new Random(seed);
    for (List<LabelledText> cls : byClass(records)) {
      Collections.shuffle(cls, random);
      int held = (int) Math.round(cls.size() * fraction);
      heldOut.addAll(cls.subList(0, held));
      train.addAll(cls.subList(held, cls.size()));
    }
    return new Split(List.copyOf(train), List.copyOf(heldOut));
  }

  /** k stratified folds: fold i holds out every k-th record of each shuffled class. */
  public static List<Split> folds(List<LabelledText> records, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
    }
    List<List<LabelledText>> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      parts.add(new ArrayList<>());
    }
    Random random = new Random(seed);
    int next = 0;
    for (List<LabelledText> cls : byClass(records)) {
      Collections.shuffle(cls, random);
      for (LabelledText r : cls) {
        parts.get(next++ % k).add(r);
      }
    }
    List<Split> folds = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      List<LabelledText> train = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        if (j != i) {
          train.addAll(parts.get(j));
        }
      }
      folds.add(new Split(List.copyOf(train), List.copyOf(parts.get(i))));
    }
    return folds;
  }

  private static List<List<LabelledText>> byClass(List<LabelledText> records) {
    List<LabelledText> negatives = new ArrayList<>();
    List<LabelledText> positives = new ArrayList<>();
    for (LabelledText r : records) {
      (r.positive() ? positives : negatives).add(r);
    }
    return List.of(negatives, positives);
  }
}
