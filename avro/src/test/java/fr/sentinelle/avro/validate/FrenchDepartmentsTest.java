package fr.sentinelle.avro.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FrenchDepartmentsTest {
  @ParameterizedTest
  @ValueSource(strings = {"01", "19", "21", "2A", "2B", "75", "95", "971", "976"})
  void acceptsCanonicalCodes(String code) {
    assertTrue(FrenchDepartments.isValid(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "1", "00", "20", "2a", "96", "970", "977", "unknown", " 75", "75 "})
  void rejectsOthers(String code) {
    assertFalse(FrenchDepartments.isValid(code));
  }

  @Test
  void countsHundredAndTwoCodes() {
    // 94 metropolitan numbers (01-95 without 20) + 2A, 2B + six overseas codes.
    assertEquals(102, FrenchDepartments.codes().size());
    assertFalse(FrenchDepartments.isValid(null));
  }
}
