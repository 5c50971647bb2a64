package dev.stagecraft.repl;

import dev.stagecraft.app.Workbench;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The REPL on a dumb terminal in a thread of its own, typed into line by line while a test does
 * something else (breaks the engine): {@link #type} a line, {@link #awaitScreen} some text.
 */
final class ScriptedRepl implements AutoCloseable {

  private final PipedOutputStream keys = new PipedOutputStream();
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final Thread loop;
  private final DumbTerminal terminal;

  ScriptedRepl(Workbench bench, Path history) throws IOException {
    PipedInputStream input = new PipedInputStream(keys, 1 << 16);
    terminal = new DumbTerminal("test", "dumb", input, screen, StandardCharsets.UTF_8);
    loop =
        new Thread(
            () -> {
              try (DumbTerminal open = terminal) {
                new Repl(bench, open).run(history);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            "scripted-repl");
    loop.setDaemon(true);
    loop.start();
  }

  void type(String line) throws IOException {
    keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  /** What the terminal has shown so far. */
  String screen() {
    // The terminal's writer buffers; what the REPL printed before it waits for a line is meant to
    // be seen.
    terminal.writer().flush();
    return screen.toString(StandardCharsets.UTF_8);
  }

  /** Waits until the screen, after {@code from} characters, contains {@code text}. */
  String awaitScreen(int from, String text, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      String shown = screen();
      if (shown.length() > from && shown.substring(from).contains(text)) {
        return shown.substring(from);
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "the REPL did not show '" + text + "' within " + limit + "; it showed:\n" + screen());
  }

  /** Types quit and waits for the loop to end. */
  @Override
  public void close() throws IOException {
    type("quit");
    try {
      loop.join(Duration.ofSeconds(60).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    keys.close();
  }
}
