package fr.sentinelle.api.cli;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.sentinelle.api.access.KeyFile;
import fr.sentinelle.api.access.Roles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Mints signed access tokens (HS256 JWT) the alert service accepts; callable in-process (benchmarks, tests). */
public final class Tokens {
  private Tokens() {}

  /** What a token grants. */
  public record Grant(String subject, String role, List<String> departments, List<String> detectors,
      boolean medical, Duration ttl) {}

  /** Signs with the key in {@code keyFile}, creating it when missing (as the service does). */
  public static String mint(Path keyFile, Grant grant) {
    return mint(KeyFile.loadOrCreate(keyFile), grant, Instant.now());
  }

  public static String mint(String secret, Grant grant, Instant now) {
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .subject(grant.subject())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(grant.ttl())))
        .jwtID(UUID.randomUUID().toString())
        .claim(Roles.CLAIM_ROLES, List.of(grant.role()))
        .claim(Roles.CLAIM_DEPARTMENTS, grant.departments())
        .claim(Roles.CLAIM_DETECTORS, grant.detectors())
        .claim(Roles.CLAIM_MEDICAL, grant.medical())
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the token: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }
}
