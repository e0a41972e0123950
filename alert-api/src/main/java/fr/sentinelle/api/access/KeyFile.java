package fr.sentinelle.api.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The installation's token signing secret: 256 random bits, Base64 in a file readable by its owner
 * only, created on first use. The HMAC key is the file's text (trimmed) in UTF-8, the same for the
 * service and the token command.
 */
public final class KeyFile {
  static final int SECRET_BYTES = 32;

  private KeyFile() {}

  /** The secret text, creating the file when missing. */
  public static String loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (secret.length() < 43) {
        throw new IllegalStateException("signing key " + file + " is too short: 256 bits (43+ Base64 characters) needed");
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the signing key " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] secret = new byte[SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, ".jwt-key", ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(temp, Base64.getEncoder().encodeToString(secret) + "\n", StandardOpenOption.WRITE);
    try {
      // Atomic and never replacing: two processes starting at once end up with the same key.
      Files.createLink(file, temp);
    } catch (FileAlreadyExistsException raced) {
      // the other one won; use its key
    } catch (UnsupportedOperationException | java.nio.file.FileSystemException noHardLinks) {
      try {
        Files.move(temp, file); // fails, without replacing, if the file appeared meanwhile
      } catch (FileAlreadyExistsException raced) {
        // the other one won; use its key
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
