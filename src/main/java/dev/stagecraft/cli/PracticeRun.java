package dev.stagecraft.cli;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.repl.Repl;
import java.io.IOException;
import java.io.InputStream;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one of the REPL's practice commands ({@code quiz}, {@code drill}) as a command of its own,
 * on the {@link PracticeTerminal}, so both behave the same from a shell as in the REPL.
 */
final class PracticeRun {

  private PracticeRun() {}

  /** Runs {@code replLine} as the REPL would; returns the exit code. */
  static int run(
      CommandSpec spec,
      WorkbenchOpener opener,
      InputStream input,
      boolean interactive,
      String replLine) {
    try (Workbench bench = opener.open(CourseOption.home(spec));
        Terminal terminal =
            PracticeTerminal.open(input, spec.commandLine().getOut(), interactive)) {
      new Repl(bench, terminal).runCommand(replLine);
      return ExitCode.OK;
    } catch (CourseException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return ExitCode.BAD_INPUT;
    } catch (IOException e) {
      spec.commandLine().getErr().println("Could not open the terminal: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
  }
}
