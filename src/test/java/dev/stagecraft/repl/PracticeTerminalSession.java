package dev.stagecraft.repl;

import dev.stagecraft.app.EngineConnector;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.DockerEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;

/** A scripted REPL session on a dumb terminal of a chosen width, for quiz and drill tests. */
final class PracticeTerminalSession {

  static final EngineConnector NO_ENGINE =
      () -> DockerEngine.connect(Map.of("DOCKER_HOST", "unix:///nonexistent.sock"));

  private PracticeTerminalSession() {}

  /** Runs {@code script} on the course at {@code home} and returns the screen. */
  static String run(
      Path home,
      ProgressStore progress,
      EngineConnector engine,
      String script,
      int columns,
      Random random,
      Clock clock)
      throws Exception {
    return run(
        home,
        progress,
        engine,
        new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
        columns,
        random,
        clock);
  }

  /** Runs the lines {@code input} gives on the course at {@code home}; returns the screen. */
  static String run(
      Path home,
      ProgressStore progress,
      EngineConnector engine,
      InputStream input,
      int columns,
      Random random,
      Clock clock)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbench bench = Workbench.open(home, progress, engine);
        DumbTerminal terminal =
            new DumbTerminal("test", "dumb", input, out, StandardCharsets.UTF_8)) {
      terminal.setSize(Size.of(columns, 24));
      new Repl(bench, terminal, random, clock).run(progress.file().resolveSibling("history"));
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
