package fr.sentinelle.models.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataSplitsTest {
  private static List<LabelledText> records(int negatives, int positives) {
    List<LabelledText> records = new ArrayList<>();
    for (int i = 0; i < negatives; i++) {
      records.add(new LabelledText("good meal number " + i, false, null, i + 2));
    }
    for (int i = 0; i < positives; i++) {
      records.add(new LabelledText("sick after meal number " + i, true, null, negatives + i + 2));
    }
    return records;
  }

  @Test
  void deduplicatesNormalisedTextsKeepingTheFirst() {
    List<LabelledText> records = List.of(
        new LabelledText("I didn&#39;t like it", false, null, 2),
        new LabelledText("i didn't  like it", true, null, 3),
        new LabelledText("Other", false, null, 4));
    List<LabelledText> unique = DataSplits.deduplicate(records);
    assertEquals(List.of(records.get(0), records.get(2)), unique);
  }

  @Test
  void stratifiedSplitIsDisjointProportionalAndSeeded() {
    List<LabelledText> records = records(60, 40);
    DataSplits.Split split = DataSplits.stratified(records, 0.2, 7);
    assertEquals(80, split.train().size());
    assertEquals(20, split.heldOut().size());
    assertEquals(8, split.heldOut().stream().filter(LabelledText::positive).count());
    Set<LabelledText> train = new HashSet<>(split.train());
    assertTrue(split.heldOut().stream().noneMatch(train::contains));
    assertEquals(split, DataSplits.stratified(records, 0.2, 7));
  }

  @Test
  void foldsCoverEveryRecordOnceAsHeldOut() {
    List<LabelledText> records = records(23, 17);
    List<DataSplits.Split> folds = DataSplits.folds(records, 5, 3);
    Set<LabelledText> heldOut = new HashSet<>();
    for (DataSplits.Split fold : folds) {
      assertEquals(40, fold.train().size() + fold.heldOut().size());
      heldOut.addAll(fold.heldOut());
    }
    assertEquals(new HashSet<>(records), heldOut);
    assertEquals(folds.stream().mapToInt(f -> f.heldOut().size()).sum(), 40);
  }
}
