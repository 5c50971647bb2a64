package dev.stagecraft.cli;

import dev.stagecraft.app.Workbench;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft drill [ID]}: the REPL's timed drill on its own. Edit the file it names in
 * another window and type {@code check}; without a terminal the commands are read from standard
 * input, one per line.
 */
@Command(
    name = "drill",
    mixinStandardHelpOptions = true,
    description = {
      "Fix a broken Dockerfile against the clock, graded by the exercise's own checks.",
      "Without ID, list the drills. In a drill type check, done, brief or quit."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the drill ran", "2:bad input (malformed drill, unreadable file)"})
public final class DrillCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ID",
      description = "Drill id or number, e.g. 01-toolchain-ships or 1.")
  Optional<String> id;

  /** Where commands come from when there is no terminal; tests give their own. */
  InputStream input = System.in;

  /** Whether to use the real terminal; tests say no. */
  boolean interactive = PracticeTerminal.interactive();

  /** Opens the course; tests keep progress elsewhere and use no engine. */
  WorkbenchOpener opener = Workbench::open;

  @Override
  public Integer call() {
    return PracticeRun.run(
        spec, opener, input, interactive, "drill" + id.map(i -> " " + i).orElse(""));
  }
}
