package dev.stagecraft.cli;

import dev.stagecraft.app.FileProblems;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.repl.Repl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: with no subcommand it opens the course. */
@Command(
    name = "stagecraft",
    mixinStandardHelpOptions = true,
    version = "stagecraft 0.1.0",
    description = "Learn Docker multi-stage builds, graded on a real Docker engine.",
    subcommands = {
      ListCommand.class,
      LessonCommand.class,
      CheckCommand.class,
      HintCommand.class,
      ValidateCommand.class,
      ResetCommand.class,
      SolutionCommand.class,
      LintCommand.class,
      GraphCommand.class,
      DoctorCommand.class,
      CleanCommand.class
    })
public final class StagecraftCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Opens the REPL on the course in the stagecraft home. */
  @Override
  public Integer call() {
    return openRepl(spec.commandLine().getErr());
  }

  /**
   * Opens the REPL on the course in the stagecraft home, telling {@code err} why when it cannot;
   * {@link Main} calls it directly when there are no arguments, without building the command line.
   */
  static int openRepl(PrintWriter err) {
    Path home = Course.defaultHome();
    try (Workbench bench = Workbench.open(home);
        Terminal terminal = TerminalBuilder.builder().name("stagecraft").system(true).build()) {
      Path state = home.resolve(".stagecraft");
      Files.createDirectories(state);
      new Repl(bench, terminal).run(state.resolve("history"));
      return ExitCode.OK;
    } catch (CourseException e) {
      err.println(e.getMessage());
      return ExitCode.BAD_INPUT;
    } catch (IOException e) {
      err.println(
          "Could not start: "
              + FileProblems.describe(e)
              + " stagecraft keeps its state in "
              + home.resolve(".stagecraft")
              + " and needs a terminal.");
      return ExitCode.BAD_INPUT;
    }
  }
}
