package fr.sentinelle.api.access;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one caller may see: an inspector his departments × detectors; a supervisor his detectors in
 * every department (he oversees a detector's inspectors nationwide); medical-reports only with the
 * medical scope. Anyone else sees no case or alert.
 */
public record Scope(String subject, Set<String> roles, Set<String> departments, Set<String> detectors,
    boolean medical) {

  public static Scope of(Authentication authentication) {
    var attributes = authentication.getAttributes();
    Set<String> roles = new TreeSet<>(authentication.getRoles());
    Object medicalClaim = attributes.get(Roles.CLAIM_MEDICAL);
    boolean medical = roles.contains(Roles.MEDICAL) || Boolean.TRUE.equals(medicalClaim)
        || "true".equals(String.valueOf(medicalClaim));
    return new Scope(authentication.getName(), roles, strings(attributes.get(Roles.CLAIM_DEPARTMENTS)),
        strings(attributes.get(Roles.CLAIM_DETECTORS)), medical);
  }

  private static Set<String> strings(Object claim) {
    Set<String> values = new TreeSet<>();
    if (claim instanceof Collection<?> list) {
      list.forEach(value -> values.add(String.valueOf(value)));
    } else if (claim instanceof String text && !text.isBlank()) {
      for (String value : text.split(",")) {
        values.add(value.trim());
      }
    }
    return values;
  }

  public boolean isSupervisor() {
    return roles.contains(Roles.SUPERVISOR);
  }

  /** Inspectors and supervisors read cases and alerts; the API's annotations already require one. */
  public boolean readsCases() {
    return isSupervisor() || roles.contains(Roles.INSPECTOR);
  }

  public boolean allowsDetector(String detector) {
    if (!readsCases() || (Roles.MEDICAL_DETECTOR.equals(detector) && !medical)) {
      return false;
    }
    return detectors.contains(Roles.ANY) || detectors.contains(detector);
  }

  public boolean allowsDepartment(String department) {
    return readsCases() && (isSupervisor() || departments.contains(Roles.ANY) || departments.contains(department));
  }

  public boolean allows(String detector, String department) {
    return allowsDetector(detector) && allowsDepartment(department);
  }

  /** A filter naming a detector or department outside the scope is refused, not silently emptied. */
  public void checkFilter(String detector, String department) {
    if ((detector != null && !allowsDetector(detector)) || (department != null && !allowsDepartment(department))) {
      throw new ForbiddenException();
    }
  }

  public List<String> sortedRoles() {
    return List.copyOf(roles);
  }
}
