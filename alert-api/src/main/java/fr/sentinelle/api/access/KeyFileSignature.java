package fr.sentinelle.api.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import fr.sentinelle.api.config.SecuritySettings;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import io.micronaut.context.annotation.Context;
import java.nio.file.Path;

/**
 * The one signature tokens are checked against: HS256 with this installation's key file. Only
 * HS256 is accepted, so {@code alg: none} or any other algorithm is refused.
 */
@Context // created at start-up: the key file exists (or the service fails) before the first request
public class KeyFileSignature implements SignatureConfiguration {
  private final SecretSignature signature;

  public KeyFileSignature(SecuritySettings settings) {
    SecretSignatureConfiguration config = new SecretSignatureConfiguration("sentinelle");
    config.setJwsAlgorithm(JWSAlgorithm.HS256);
    config.setSecret(KeyFile.loadOrCreate(Path.of(settings.getKeyFile())));
    this.signature = new SecretSignature(config);
  }

  @Override
  public String supportedAlgorithmsMessage() {
    return signature.supportedAlgorithmsMessage();
  }

  @Override
  public boolean supports(JWSAlgorithm algorithm) {
    return JWSAlgorithm.HS256.equals(algorithm);
  }

  @Override
  public boolean verify(SignedJWT jwt) throws JOSEException {
    return supports(jwt.getHeader().getAlgorithm()) && signature.verify(jwt);
  }
}
