package dev.stagecraft.repl;

import java.util.List;

/** {@code clear}: clears the screen, as Ctrl-L does while typing. */
final class ClearCommand implements ReplCommand {

  @Override
  public String name() {
    return "clear";
  }

  @Override
  public String usage() {
    return "clear";
  }

  @Override
  public String summary() {
    return "clear the screen (or press Ctrl-L)";
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    session.clearScreen();
  }
}
