package fr.sentinelle.api.http;

import fr.sentinelle.api.cli.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** Tokens for tests, signed with the test's own key (and a few that must be refused). */
final class TestTokens {
  private final String secret;

  TestTokens(String secret) {
    this.secret = secret;
  }

  String token(String subject, String role, List<String> departments, List<String> detectors, boolean medical) {
    return Tokens.mint(secret, new Tokens.Grant(subject, role, departments, detectors, medical,
        Duration.ofHours(1)), Instant.now());
  }

  String expired(String subject) {
    return Tokens.mint(secret, new Tokens.Grant(subject, "inspector", List.of("75"), List.of("*"), false,
        Duration.ofMinutes(1)), Instant.now().minus(Duration.ofHours(2)));
  }

  static String forged(String subject) {
    return Tokens.mint("another-installation-key-another-installation-key", new Tokens.Grant(subject,
        "supervisor", List.of("*"), List.of("*"), true, Duration.ofHours(1)), Instant.now());
  }

  /** Properly signed, but with no expiry: refused, a token must end. */
  String withoutExpiry(String subject) {
    try {
      var claims = new com.nimbusds.jwt.JWTClaimsSet.Builder().subject(subject)
          .claim("roles", List.of("supervisor")).claim("detectors", List.of("*")).build();
      var jwt = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.HS256), claims);
      jwt.sign(new com.nimbusds.jose.crypto.MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
      return jwt.serialize();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned token ({@code alg: none}) claiming to be a supervisor of everything. */
  static String unsigned(String subject) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    long exp = Instant.now().plusSeconds(3600).getEpochSecond();
    String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String claims = b64.encodeToString(("{\"sub\":\"" + subject + "\",\"exp\":" + exp
        + ",\"roles\":[\"supervisor\"],\"departments\":[\"*\"],\"detectors\":[\"*\"],\"medical\":true}")
        .getBytes(StandardCharsets.UTF_8));
    return header + "." + claims + ".";
  }
}
