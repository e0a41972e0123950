package fr.sentinelle.api.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Token signing key and metrics access ({@code sentinelle.security.*}). */
@ConfigurationProperties("sentinelle.security")
public class SecuritySettings {
  public static final String DEFAULT_KEY_FILE = "var/alert-api/jwt-key";

  private String keyFile = DEFAULT_KEY_FILE;
  private boolean metricsOnLoopback;

  /**
   * {@code sentinelle.security.key-file}: the HMAC-SHA256 secret that signs and checks tokens,
   * created (256 random bits, owner-only permissions) on first start when missing; default
   * {@value #DEFAULT_KEY_FILE}, relative to the working directory.
   */
  public String getKeyFile() {
    return keyFile;
  }

  public void setKeyFile(String keyFile) {
    this.keyFile = keyFile;
  }

  /**
   * {@code sentinelle.security.metrics-on-loopback}: when true, {@code /metrics} also answers
   * requests from 127.0.0.1/::1 without a token (a local Prometheus); default false: operator token only.
   */
  public boolean isMetricsOnLoopback() {
    return metricsOnLoopback;
  }

  public void setMetricsOnLoopback(boolean metricsOnLoopback) {
    this.metricsOnLoopback = metricsOnLoopback;
  }
}
