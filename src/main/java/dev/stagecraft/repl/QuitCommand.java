package dev.stagecraft.repl;

import java.util.List;

/** {@code quit}: leaves the REPL; progress is already saved after each check. */
final class QuitCommand implements ReplCommand {

  @Override
  public String name() {
    return "quit";
  }

  @Override
  public String usage() {
    return "quit";
  }

  @Override
  public String summary() {
    return "leave stagecraft (your progress is saved)";
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    session.requestQuit();
  }
}
