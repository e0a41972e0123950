package fr.sentinelle.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import fr.sentinelle.api.access.KeyFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TokenCliTest {
  @TempDir Path dir;

  @Test
  void theKeyFileIsCreatedOnceOwnerOnlyWithTwoHundredFiftySixRandomBits() throws Exception {
    Path keyFile = dir.resolve("var/alert-api/jwt-key");
    String secret = KeyFile.loadOrCreate(keyFile);
    assertEquals(32, Base64.getDecoder().decode(secret).length);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    assertEquals(secret, KeyFile.loadOrCreate(keyFile));
  }

  @Test
  void printsOnlyASignedTokenWithTheGrantedClaims() throws Exception {
    Path keyFile = dir.resolve("jwt-key");
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new TokenCli());
    cli.setOut(new PrintWriter(out));
    int exit = cli.execute("--role", "inspector", "--departments", "75,13", "--detectors",
        "restaurant-hygiene,water-quality", "--subject", "alice", "--ttl", "8h", "--key-file", keyFile.toString());

    assertEquals(0, exit);
    String token = out.toString().strip();
    assertEquals(1, out.toString().lines().count());
    SignedJWT jwt = SignedJWT.parse(token);
    assertTrue(jwt.verify(new MACVerifier(KeyFile.loadOrCreate(keyFile).getBytes(StandardCharsets.UTF_8))));
    var claims = jwt.getJWTClaimsSet();
    assertEquals("alice", claims.getSubject());
    assertEquals(List.of("inspector"), claims.getStringListClaim("roles"));
    assertEquals(List.of("75", "13"), claims.getStringListClaim("departments"));
    assertEquals(List.of("restaurant-hygiene", "water-quality"), claims.getStringListClaim("detectors"));
    assertEquals(false, claims.getBooleanClaim("medical"));
    assertEquals(Duration.ofHours(8).toMillis(),
        claims.getExpirationTime().getTime() - claims.getIssueTime().getTime());
  }

  @Test
  void anUnknownRoleOrABadLifetimeIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TokenCli());
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute("--role", "admin", "--subject", "x", "--key-file", dir.resolve("k").toString()));
    assertTrue(err.toString().contains("--role must be one of [inspector, supervisor, operator, integrator], got 'admin'"),
        err.toString());
    assertEquals(2, cli.execute("--role", "operator", "--subject", "x", "--ttl", "forever",
        "--key-file", dir.resolve("k").toString()));
    assertTrue(err.toString().contains("--ttl must be a positive number followed by s, m, h or d"), err.toString());
  }
}
