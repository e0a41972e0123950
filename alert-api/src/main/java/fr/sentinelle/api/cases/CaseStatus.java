package fr.sentinelle.api.cases;

/** Where a case stands; a new alert re-opens a RESOLVED case, or a SILENCED one whose silence ended. */
public enum CaseStatus {
  OPEN, ACKNOWLEDGED, ASSIGNED, RESOLVED, SILENCED
}
