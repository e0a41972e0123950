package fr.sentinelle.api.access;

import java.util.List;

/** The roles a token can carry, and the claims that scope them. */
public final class Roles {
  /** Sees and acts on cases of his departments and detectors. */
  public static final String INSPECTOR = "inspector";
  /** Sees and acts on cases of his detectors, in every department. */
  public static final String SUPERVISOR = "supervisor";
  /** Reads /metrics (and /health, open to all). */
  public static final String OPERATOR = "operator";
  /** Publishes feeds; nothing in the alert API. */
  public static final String INTEGRATOR = "integrator";
  /** Role or boolean claim: may see medical-reports cases (with that detector in his list). */
  public static final String MEDICAL = "medical";
  public static final List<String> ALL = List.of(INSPECTOR, SUPERVISOR, OPERATOR, INTEGRATOR);

  public static final String CLAIM_ROLES = "roles";
  public static final String CLAIM_DEPARTMENTS = "departments";
  public static final String CLAIM_DETECTORS = "detectors";
  public static final String CLAIM_MEDICAL = "medical";
  /** In a departments or detectors claim: all of them. */
  public static final String ANY = "*";
  public static final String MEDICAL_DETECTOR = "medical-reports";

  private Roles() {}
}
