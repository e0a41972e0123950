package fr.sentinelle.api.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeTest {
  private static Scope scope(String role, List<String> departments, List<String> detectors, Object medical) {
    return Scope.of(Authentication.build("u", List.of(role), Map.of("departments", departments,
        "detectors", detectors, "medical", medical)));
  }

  @Test
  void anInspectorSeesHisDepartmentsTimesHisDetectors() {
    Scope alice = scope("inspector", List.of("75", "13"), List.of("restaurant-hygiene"), false);
    assertTrue(alice.allows("restaurant-hygiene", "13"));
    assertFalse(alice.allows("restaurant-hygiene", "69"));
    assertFalse(alice.allows("water-quality", "75"));
  }

  @Test
  void aSupervisorSeesEveryDepartmentOfHisDetectorsOnly() {
    Scope sophie = scope("supervisor", List.of(), List.of("water-quality"), false);
    assertTrue(sophie.allows("water-quality", "2A"));
    assertFalse(sophie.allows("restaurant-hygiene", "75"));
  }

  @Test
  void medicalReportsNeedTheMedicalScopeEvenWithTheDetectorListedOrAWildcard() {
    assertFalse(scope("inspector", List.of("75"), List.of("medical-reports"), false).allows("medical-reports", "75"));
    assertFalse(scope("supervisor", List.of(), List.of("*"), false).allows("medical-reports", "75"));
    assertTrue(scope("inspector", List.of("75"), List.of("medical-reports"), true).allows("medical-reports", "75"));
  }

  @Test
  void operatorsAndIntegratorsSeeNoCaseWhateverTheirClaims() {
    assertFalse(scope("operator", List.of("*"), List.of("*"), true).allows("restaurant-hygiene", "75"));
    assertFalse(scope("integrator", List.of("*"), List.of("*"), true).allows("restaurant-hygiene", "75"));
  }

  @Test
  void aFilterOutsideTheScopeIsForbidden() {
    Scope alice = scope("inspector", List.of("75"), List.of("restaurant-hygiene"), false);
    alice.checkFilter("restaurant-hygiene", "75");
    alice.checkFilter(null, null);
    assertThrows(ForbiddenException.class, () -> alice.checkFilter(null, "13"));
    assertThrows(ForbiddenException.class, () -> alice.checkFilter("water-quality", null));
  }
}
