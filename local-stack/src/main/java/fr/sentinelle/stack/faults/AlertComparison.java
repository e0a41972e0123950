package fr.sentinelle.stack.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inspector's view against the expected alerts of some establishments (those whose ids start with
 * one of the prefixes): expected ones missing or in another version, alerts nobody expected, and
 * establishments listed with more than one alert (a duplicate an inspector would see twice).
 */
record AlertComparison(int expected, int seen, List<String> missing, List<String> unexpected,
    List<String> duplicates) {

  static AlertComparison of(Map<String, String> expected, List<String> prefixes,
      List<InspectorView.SeenAlert> view) {
    Map<String, List<InspectorView.SeenAlert>> bySubject = new TreeMap<>();
    for (InspectorView.SeenAlert alert : view) {
      if (prefixes.stream().anyMatch(p -> alert.subjectId().startsWith(p + "-"))) {
        bySubject.computeIfAbsent(alert.subjectId(), k -> new ArrayList<>()).add(alert);
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    List<String> duplicates = new ArrayList<>();
    int seen = 0;
    for (var entry : bySubject.entrySet()) {
      seen += entry.getValue().size();
      if (entry.getValue().size() > 1) {
        duplicates.add(entry.getKey() + " listed " + entry.getValue().size() + " times");
      }
      String wanted = expected.get(entry.getKey());
      for (InspectorView.SeenAlert alert : entry.getValue()) {
        if (!alert.key().equals(wanted)) {
          unexpected.add(entry.getKey() + " " + alert.key());
        }
      }
    }
    expected.forEach((subject, key) -> {
      if (bySubject.getOrDefault(subject, List.of()).stream().noneMatch(a -> a.key().equals(key))) {
        missing.add(subject + " " + key);
      }
    });
    return new AlertComparison(expected.size(), seen, missing, unexpected, duplicates);
  }

  boolean exact() {
    return missing.isEmpty() && unexpected.isEmpty() && duplicates.isEmpty() && seen == expected;
  }
}
