package dev.stagecraft.cli;

import dev.stagecraft.course.CourseHome;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point of the {@code stagecraft} jar: hands the arguments to the command line. */
public final class Main {

  /** Exit code for a bug in stagecraft itself (sysexits' EX_SOFTWARE). */
  private static final int INTERNAL_ERROR = 70;

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      // The REPL needs none of the subcommands, and picocli's model of them all takes about a
      // third of a second to build: time the learner waits for the first prompt.
      PrintWriter err = new PrintWriter(System.err, true);
      int code;
      try {
        code = StagecraftCommand.openRepl(CourseHome.fromProcess(Optional.empty()).path(), err);
      } catch (RuntimeException e) {
        code = reportBug(err, e);
      }
      System.exit(code);
    }
    System.exit(commandLine().execute(args));
  }

  /** A bug should reach the learner as one readable line, not a stack trace. */
  private static int reportBug(PrintWriter err, Exception e) {
    err.println(
        "stagecraft: unexpected error: "
            + e
            + "\nThis is a bug in stagecraft; please report it with the command you ran.");
    err.flush();
    return INTERNAL_ERROR;
  }

  /** The command line with stagecraft's error handling, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new StagecraftCommand());
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> reportBug(cmd.getErr(), e));
    // A word that is no command is an error, also when --help follows it: picocli would print the
    // top help and exit 0, as if `stagecraft grade --help` had worked.
    commandLine.setExecutionStrategy(
        parseResult -> {
          Optional<String> unknown =
              unknownCommand(
                  parseResult.commandSpec().commandLine(),
                  parseResult.hasSubcommand() ? List.of() : parseResult.unmatched());
          if (unknown.isPresent()) {
            return reportUnknownCommand(parseResult.commandSpec().commandLine(), unknown.get());
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    IParameterExceptionHandler picocliHandler = commandLine.getParameterExceptionHandler();
    commandLine.setParameterExceptionHandler(
        (e, args) -> {
          if (e instanceof UnmatchedArgumentException unmatched
              && e.getCommandLine() == commandLine) {
            Optional<String> unknown = unknownCommand(commandLine, unmatched.getUnmatched());
            if (unknown.isPresent()) {
              return reportUnknownCommand(commandLine, unknown.get());
            }
          }
          return picocliHandler.handleParseException(e, args);
        });
    return commandLine;
  }

  /** The first word given to the root command when it is no command (and no option). */
  private static Optional<String> unknownCommand(CommandLine root, List<String> unmatched) {
    if (root.getParent() != null || unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
      return Optional.empty();
    }
    return Optional.of(unmatched.get(0));
  }

  private static int reportUnknownCommand(CommandLine root, String word) {
    PrintWriter err = root.getErr();
    err.println(
        "stagecraft: unknown command '"
            + word
            + "'. Commands: "
            + String.join(", ", root.getSubcommands().keySet())
            + ". Run `stagecraft --help` for what each does.");
    err.flush();
    return ExitCode.BAD_INPUT;
  }
}
