package dev.stagecraft.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * This machine's name, read without a network lookup (InetAddress can stall for seconds on a
 * workshop machine with no DNS): the kernel's hostname on Linux, else the shell's variables. It
 * goes into image tags, so it comes lower-cased, with anything but letters, digits, dots and dashes
 * replaced, and at most 40 characters long.
 */
final class LocalHost {

  private LocalHost() {}

  static Optional<String> tagSafeName() {
    return rawName()
        .map(name -> name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-"))
        .map(name -> name.length() > 40 ? name.substring(0, 40) : name);
  }

  private static Optional<String> rawName() {
    try {
      String kernel =
          Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
      if (!kernel.isEmpty()) {
        return Optional.of(kernel);
      }
    } catch (IOException | RuntimeException notLinux) {
      // Fall through to the environment.
    }
    for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.strip());
      }
    }
    return Optional.empty();
  }
}
