package dev.stagecraft.facts;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * Sizes of builds measured in earlier sessions (a starter's, a reference solution's), on disk by a
 * digest of everything that went into them, so a check from a shell does not build the starter
 * again to compare with it. A file that cannot be read is an empty memory, never an error.
 */
final class RememberedSizes {

  private final Optional<Path> file;

  RememberedSizes(Optional<Path> file) {
    this.file = file;
  }

  synchronized OptionalLong get(String key) {
    String value = load().getProperty(key);
    try {
      return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
    } catch (NumberFormatException garbled) {
      return OptionalLong.empty();
    }
  }

  synchronized void put(String key, long sizeBytes) {
    if (file.isEmpty()) {
      return;
    }
    Properties sizes = load();
    sizes.setProperty(key, Long.toString(sizeBytes));
    try {
      Files.createDirectories(file.get().getParent());
      StringWriter text = new StringWriter();
      sizes.store(text, "stagecraft: sizes of measured builds, by a digest of their inputs");
      // Written aside and moved into place: a killed process leaves the old file or the new one.
      Path next = file.get().resolveSibling(file.get().getFileName() + ".next");
      Files.writeString(next, text.toString());
      Files.move(
          next, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException e) {
      // Only speed is lost: the next session measures again.
    }
  }

  private Properties load() {
    Properties sizes = new Properties();
    if (file.isPresent() && Files.isRegularFile(file.get())) {
      try (Reader reader = Files.newBufferedReader(file.get())) {
        sizes.load(reader);
      } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
        return new Properties();
      }
    }
    return sizes;
  }
}
