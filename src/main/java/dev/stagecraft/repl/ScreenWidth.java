package dev.stagecraft.repl;

import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;

/**
 * The terminal's width, read once per command. Asking the terminal costs a process on the usual
 * provider (JLine runs {@code stty}, about 3 ms), and a command prints line by line: asked for each
 * line, a lesson took 0.4 s to print. A resize takes effect from the next command; the pager and
 * the watch screen follow resizes on their own.
 */
final class ScreenWidth implements IntSupplier {

  private final Terminal terminal;
  private volatile int columns = -1;

  ScreenWidth(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Reads the width again; the REPL calls this before each command. */
  void refresh() {
    columns = terminal.getColumns();
  }

  @Override
  public int getAsInt() {
    if (columns < 0) {
      refresh();
    }
    return columns;
  }
}
