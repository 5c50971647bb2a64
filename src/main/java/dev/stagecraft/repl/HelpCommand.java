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
    // The usage column fits the longest usage; summaries wrap under themselves, never mid-word.
    int column = commands.get().stream().mapToInt(c -> c.usage().length()).max().orElse(0) + 4;
    for (ReplCommand command : commands.get()) {
      List<String> lines =
          TextWrap.wrap(command.summary(), Math.max(20, session.width() - column - 1));
      for (int i = 0; i < lines.size(); i++) {
        String left = i == 0 ? "  " + command.usage() : "";
        session.println(TextWrap.padRight(left, column) + lines.get(i));
      }
    }
    session.println("Tab completes commands and ids; ↑ recalls earlier lines.");
  }
}
