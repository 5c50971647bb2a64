package dev.stagecraft.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Names the space in which this process's id means something: one boot of one kernel and one pid
 * namespace. Two sessions with the same name can tell from a pid whether the other still runs; a
 * host name could not (lab machines share names, containers share the host's), and a machine
 * without /proc (macOS, Windows) has no name here at all.
 */
final class PidSpace {

  private PidSpace() {}

  /** Twelve hex digits, fit for an image tag; empty where there is no /proc. */
  static Optional<String> id() {
    try {
      String boot =
          Files.readString(Path.of("/proc/sys/kernel/random/boot_id"), StandardCharsets.UTF_8)
              .strip();
      String namespace = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((boot + " " + namespace).getBytes(StandardCharsets.UTF_8));
      return Optional.of(HexFormat.of().formatHex(digest).substring(0, 12));
    } catch (IOException | RuntimeException noProc) {
      // No /proc, or a file system that cannot read its links: no pid space, only the age rule.
      return Optional.empty();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
