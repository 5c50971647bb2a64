package dev.stagecraft.terminal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How to write to standard output: with colour or plain, how wide, and which glyphs the output can
 * encode. Colour only for a real terminal (not a pipe, not {@code TERM=dumb}, not {@code
 * NO_COLOR}); width from the terminal, else {@code COLUMNS}, else 80.
 *
 * @param color whether to use ANSI escapes
 * @param width columns to lay text out in
 * @param glyphs box-drawing or ASCII
 */
public record OutputMode(boolean color, int width, Glyphs glyphs) {

  /** The width used when nothing better is known. */
  public static final int DEFAULT_WIDTH = 80;

  /** Plain, 80 columns, box-drawing glyphs: what tests and pipes get. */
  public static final OutputMode PLAIN = new OutputMode(false, DEFAULT_WIDTH, Glyphs.UNICODE);

  /** The ANSI painter for this mode. */
  public Ansi ansi() {
    return Ansi.of(color);
  }

  /**
   * Decides the mode from what is known about the output.
   *
   * @param interactive whether standard output is a terminal (a console is attached)
   * @param environment the process environment (TERM, NO_COLOR, COLUMNS)
   * @param terminalWidth asks the terminal for its width; consulted only when interactive
   * @param charset what the output encodes text with
   */
  public static OutputMode decide(
      boolean interactive,
      Map<String, String> environment,
      Supplier<OptionalInt> terminalWidth,
      Charset charset) {
    String term = environment.getOrDefault("TERM", "");
    boolean color = interactive && !term.equals("dumb") && !environment.containsKey("NO_COLOR");
    OptionalInt width = interactive ? terminalWidth.get() : OptionalInt.empty();
    if (width.isEmpty() || width.getAsInt() <= 0) {
      width = parse(environment.get("COLUMNS"));
    }
    return new OutputMode(color, width.orElse(DEFAULT_WIDTH), Glyphs.forCharset(charset));
  }

  /**
   * Standard output as the check server's client has it, for the command the server runs on its
   * behalf (and the threads that command starts): the server's own is a log file.
   */
  private static final InheritableThreadLocal<OutputMode> CLIENT = new InheritableThreadLocal<>();

  /** Runs {@code command} with {@link #forStandardOutput} answering {@code clientMode}. */
  public static <T> T writingTo(OutputMode clientMode, Supplier<T> command) {
    CLIENT.set(clientMode);
    try {
      return command.get();
    } finally {
      CLIENT.remove();
    }
  }

  /** The mode for this process's standard output (or, in the check server, its client's). */
  public static OutputMode forStandardOutput() {
    OutputMode client = CLIENT.get();
    if (client != null) {
      return client;
    }
    String encoding = System.getProperty("stdout.encoding");
    Charset charset =
        encoding != null && Charset.isSupported(encoding)
            ? Charset.forName(encoding)
            : Charset.defaultCharset();
    return decide(System.console() != null, System.getenv(), OutputMode::askTerminalWidth, charset);
  }

  /**
   * Asks {@code stty} for the size of the controlling terminal. JLine could tell too, but building
   * a JLine terminal probes the terminal with escape sequences whose answers then litter the
   * screen; a one-shot command must not do that.
   */
  private static OptionalInt askTerminalWidth() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return OptionalInt.empty();
    }
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(tty)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
        stty.destroy();
        return OptionalInt.empty();
      }
      String[] rowsAndColumns = answer.strip().split("\\s+");
      return rowsAndColumns.length == 2 ? parse(rowsAndColumns[1]) : OptionalInt.empty();
    } catch (IOException e) {
      // No stty (Windows, minimal images): the caller falls back to COLUMNS or 80.
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }

  private static OptionalInt parse(String columns) {
    if (columns == null) {
      return OptionalInt.empty();
    }
    try {
      int value = Integer.parseInt(columns.strip());
      return value > 0 ? OptionalInt.of(value) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
