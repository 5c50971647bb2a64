package dev.stagecraft.repl;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.DockerEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Runs the REPL on a scripted JLine dumb terminal of a given type and size, with no engine
 * reachable, on a copy of the course (so {@code reset} and edits never touch the checkout).
 */
final class ReplHarness {

  static final Path CHECKOUT =
      Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();

  private final Path home;
  private final Path state;

  private ReplHarness(Path home, Path state) {
    this.home = home;
    this.state = state;
  }

  /** A harness whose course is a fresh copy of the checkout's, inside {@code dir}. */
  static ReplHarness inCopy(Path dir) throws IOException {
    Path home = dir.resolve("course");
    for (String folder : List.of("lessons", "exercises", "solutions")) {
      copyTree(CHECKOUT.resolve(folder), home.resolve(folder));
    }
    Path state = dir.resolve("state");
    Files.createDirectories(state);
    return new ReplHarness(home, state);
  }

  Path home() {
    return home;
  }

  ProgressStore progress() {
    return new ProgressStore(state.resolve("progress.json"));
  }

  /** A session on a dumb terminal {@code columns} wide. */
  String session(String script, int columns) throws IOException {
    return session(script, "dumb", columns, 24);
  }

  /** A session on a terminal of {@code type} (its capabilities come from the type). */
  String session(String script, String type, int columns, int rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbench bench =
            Workbench.open(
                home,
                progress(),
                () -> DockerEngine.connect(Map.of("DOCKER_HOST", "unix:///nonexistent.sock")));
        DumbTerminal terminal =
            new DumbTerminal(
                "test",
                type,
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                out,
                StandardCharsets.UTF_8)) {
      terminal.setSize(Size.of(columns, rows));
      new Repl(bench, terminal).run(state.resolve("history"));
    } catch (dev.stagecraft.course.CourseException e) {
      throw new IOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Output read as running text: wrapped lines joined, spaces collapsed. */
  static String flat(String screen) {
    return screen.replaceAll("\\s+", " ");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
