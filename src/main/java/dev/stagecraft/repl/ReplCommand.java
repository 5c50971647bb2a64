package dev.stagecraft.repl;

import java.util.List;

/** One command of the REPL: what it is called, what it does, and how it runs. */
interface ReplCommand {

  String name();

  /** "lesson N" */
  String usage();

  /** One line for `help`. */
  String summary();

  /** Values Tab may complete for the first argument (ids, numbers). */
  default List<String> argumentCandidates(ReplSession session) {
    return List.of();
  }

  /** Whether the command works the engine, so Ctrl-C should stop it and clean up. */
  default boolean usesEngine() {
    return false;
  }

  void run(List<String> args, ReplSession session);
}
