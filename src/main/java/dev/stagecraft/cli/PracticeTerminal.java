package dev.stagecraft.cli;

import dev.stagecraft.terminal.OutputMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The terminal the CLI's {@code quiz} and {@code drill} talk through: the real one when a person
 * sits at it, else a dumb one that reads answers line by line from standard input (a script, a
 * test, or a here-document) and writes plain text to the command's output.
 */
final class PracticeTerminal {

  private PracticeTerminal() {}

  /** Opens the terminal for one command. */
  static Terminal open(InputStream input, PrintWriter out, boolean interactive) throws IOException {
    if (interactive) {
      return StagecraftTerminal.open();
    }
    DumbTerminal terminal =
        new DumbTerminal(
            "stagecraft", "dumb", input, new WriterStream(out), StandardCharsets.UTF_8);
    // A dumb terminal has no size; the line reader shows (echoes) a typed line only on one that
    // has, and text is wrapped to it.
    terminal.setSize(Size.of(OutputMode.DEFAULT_WIDTH, 24));
    return terminal;
  }

  /** Whether a person is at the keyboard: standard input and output are a terminal. */
  static boolean interactive() {
    return System.console() != null;
  }

  /**
   * Bytes written by the terminal, handed on to the command's writer on every flush. The terminal
   * echoes input from its own thread, so writes and flushes take turns.
   */
  private static final class WriterStream extends OutputStream {
    private final PrintWriter out;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    WriterStream(PrintWriter out) {
      this.out = out;
    }

    @Override
    public synchronized void write(int b) {
      pending.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      pending.write(b, off, len);
    }

    @Override
    public synchronized void flush() {
      out.print(pending.toString(StandardCharsets.UTF_8));
      pending.reset();
      out.flush();
    }

    @Override
    public void close() {
      // The command's writer belongs to picocli: flush into it, never close it.
      flush();
    }
  }
}
