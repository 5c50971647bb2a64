package dev.stagecraft.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Course packs of the test resources (src/test/resources/packs/NAME), copied where a test works.
 */
final class Packs {

  private Packs() {}

  /** Copies pack {@code name} into {@code target} (created) and returns it. */
  static Path copy(String name, Path target) {
    try {
      Path source = Path.of(Packs.class.getResource("/packs/" + name).toURI());
      List<Path> all;
      try (Stream<Path> walk = Files.walk(source)) {
        all = walk.toList();
      }
      for (Path from : all) {
        Path to = target.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no test pack " + name, e);
    }
  }
}
