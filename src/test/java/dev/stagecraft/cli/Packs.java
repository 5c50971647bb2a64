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
public final class Packs {

  private Packs() {}

  /**
   * The tiny pack, copied into {@code target}, with terminal sequences smuggled into its lesson
   * (OSC window title, OSC 52 clipboard write, a NUL) and titles (through YAML's escapes, since
   * YAML refuses raw control characters): a CSI erase-line and a C1 CSI.
   */
  public static Path hostile(Path target) {
    Path pack = copy("tiny", target);
    try {
      Path lesson = pack.resolve("lessons/01-hello-pack.md");
      Files.writeString(
          lesson,
          Files.readString(lesson)
              .replace("title: A pack of one lesson", "title: \"A pack \\e]0;PWNED\\alesson\"")
              .replace(
                  "Add a `USER` line",
                  "\u001b]0;PWNED\u0007Add\u0000 a \u001b]52;c;ZXZpbA==\u0007`USER` line"));
      Path yaml = pack.resolve("exercises/01-hello-pack/exercise.yaml");
      Files.writeString(
          yaml,
          Files.readString(yaml)
              .replace("Say hello as nobody", "\"Say \\e[2Khello\\x9b as nobody\"")
              .replace("Add USER 65534 after", "\"Add \\e]0;HINT\\a USER 65534\" #"));
      return pack;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies pack {@code name} into {@code target} (created) and returns it. */
  public static Path copy(String name, Path target) {
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
