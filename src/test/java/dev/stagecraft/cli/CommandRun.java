package dev.stagecraft.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One picocli run with captured output, for command tests. */
record CommandRun(int exitCode, String out, String err) {

  /** Runs a single command object, as its own root. */
  static CommandRun of(Object command, String... args) {
    return run(new CommandLine(command), args);
  }

  /** Runs the whole stagecraft command line, with its error handling, as the jar would. */
  static CommandRun stagecraft(String... args) {
    return run(Main.commandLine(), args);
  }

  private static CommandRun run(CommandLine line, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
