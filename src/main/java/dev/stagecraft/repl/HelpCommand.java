package dev.stagecraft.repl;

import dev.stagecraft.terminal.TextWrap;
import java.util.List;
import java.util.function.Supplier;

/** {@code help}: every command with a line on what it does. */
final class HelpCommand implements ReplCommand {

  private final Supplier<List<ReplCommand>> commands;

  HelpCommand(Supplier<List<ReplCommand>> commands) {
    this.commands = commands;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public String usage() {
    return "help";
  }

  @Override
  public String summary() {
    return "show this list";
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    for (ReplCommand command : commands.get()) {
      session.println(
          TextWrap.hanging(
              String.format("  %-18s ", command.usage()), command.summary(), session.width()));
    }
    session.println("Tab completes commands and ids; ↑ recalls earlier lines.");
  }
}
