package dev.stagecraft.cli;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The system terminal, as every interactive command opens it. */
final class StagecraftTerminal {

  private StagecraftTerminal() {}

  /**
   * Opens the terminal. Without grapheme-cluster mode: JLine would ask the terminal whether it has
   * it and wait up to a fifth of a second for an answer that many terminals never send, before the
   * first prompt. stagecraft lays text out by its own width rules, so it has no use for the mode.
   */
  static Terminal open() throws IOException {
    return TerminalBuilder.builder().name("stagecraft").system(true).graphemeCluster(false).build();
  }
}
