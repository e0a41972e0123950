package fr.sentinelle.avro.validate;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The department codes of France: 01–95 (Corsica as 2A and 2B, so no 20) and overseas 971–976. */
public final class FrenchDepartments {
  private static final Set<String> CODES = Stream.of(
          IntStream.rangeClosed(1, 95).filter(n -> n != 20).mapToObj(n -> String.format("%02d", n)),
          Stream.of("2A", "2B"),
          IntStream.rangeClosed(971, 976).mapToObj(Integer::toString))
      .flatMap(s -> s)
      .collect(Collectors.toUnmodifiableSet());

  private FrenchDepartments() {}

  /** True for a canonical code ("01", "2A", "971"); "1", "2a", "20" and "unknown" are not. */
  public static boolean isValid(String code) {
    return code != null && CODES.contains(code);
  }

  public static Set<String> codes() {
    return CODES;
  }
}
