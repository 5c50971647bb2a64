package dev.stagecraft.cli;

import picocli.CommandLine;

/** Entry point of the {@code stagecraft} jar: hands the arguments to the command line. */
public final class Main {

  /** Exit code for a bug in stagecraft itself (sysexits' EX_SOFTWARE). */
  private static final int INTERNAL_ERROR = 70;

  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with stagecraft's error handling, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new StagecraftCommand());
    // A bug should reach the learner as one readable line, not a stack trace.
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          cmd.getErr()
              .println(
                  "stagecraft: unexpected error: "
                      + e
                      + "\nThis is a bug in stagecraft; please report it with the command you ran.");
          return INTERNAL_ERROR;
        });
    return commandLine;
  }
}
