package fr.sentinelle.api.cases;

import fr.sentinelle.avro.alert.Subject;

/** The subject of a case as last reported; coordinates WGS 84, null when unknown. */
public record CaseSubject(String kind, String id, String name, String address, Double lat, Double lon) {
  public static CaseSubject of(Subject subject) {
    var location = subject.getLocation();
    return new CaseSubject(subject.getKind(), subject.getId(), subject.getName(), subject.getAddress(),
        location == null ? null : location.getLatitude(), location == null ? null : location.getLongitude());
  }
}
