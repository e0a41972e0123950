package fr.sentinelle.broker;

import java.util.Map;
import java.util.Objects;

/** The super user of a broker whose clients authenticate with SASL/SCRAM-SHA-512. */
public record ScramAdmin(String password) {
  public static final String USER = "admin";
  public static final String MECHANISM = "SCRAM-SHA-512";

  public ScramAdmin {
    Objects.requireNonNull(password);
    if (password.length() < 12 || password.contains("\"") || password.contains(",") || password.contains("]")) {
      // Quotes, commas and brackets would break the JAAS line and the storage tool's --add-scram syntax.
      throw new IllegalArgumentException("admin password: at least 12 characters, without \" , or ]");
    }
  }

  /** Kafka client settings to connect as {@code user}. */
  public static Map<String, Object> clientConfig(String user, String password) {
    return Map.of(
        "security.protocol", "SASL_PLAINTEXT",
        "sasl.mechanism", MECHANISM,
        "sasl.jaas.config", jaas(user, password));
  }

  /** Kafka client settings to connect as the super user. */
  public Map<String, Object> clientConfig() {
    return clientConfig(USER, password);
  }

  static String jaas(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
        + "\" password=\"" + password + "\";";
  }

  /** The storage tool's argument that creates the super user's credential when the storage is formatted. */
  String formatArgument() {
    return MECHANISM + "=[name=" + USER + ",password=" + password + "]";
  }
}
