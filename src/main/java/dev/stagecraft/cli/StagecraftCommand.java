package dev.stagecraft.cli;

import dev.stagecraft.app.FileProblems;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.CourseHome;
import dev.stagecraft.course.ProgressLock;
import dev.stagecraft.repl.Repl;
import dev.stagecraft.terminal.ForeignText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
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
      CleanCommand.class,
      ProgressCommand.class,
      QuizCommand.class,
      DrillCommand.class,
      GradeCommand.class,
      ImagesCommand.class,
      NewCommand.class
    })
public final class StagecraftCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  // Inherited, so `stagecraft list --course DIR` works as well as `stagecraft --course DIR list`;
  // picocli sets this one field wherever the option is given.
  @Option(
      names = "--course",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "Use the course pack in DIR (laid out like stagecraft's own: lessons/, exercises/,"
              + " solutions/) instead of the built-in course. Default: $"
              + CourseHome.ENV
              + ", else the stagecraft folder.")
  Path course;

  /** The course folder every command of this run uses: option, environment, then default. */
  CourseHome courseHome() {
    return CourseHome.fromProcess(Optional.ofNullable(course));
  }

  /** Opens the REPL on the chosen course. */
  @Override
  public Integer call() {
    return openRepl(courseHome().path(), spec.commandLine().getErr());
  }

  /**
   * Opens the REPL on the course at {@code home}, telling {@code err} why when it cannot; {@link
   * Main} calls it directly when there are no arguments, without building the command line.
   */
  static int openRepl(Path home, PrintWriter err) {
    try (Workbench bench = Workbench.open(home)) {
      Optional<Optional<ProgressLock>> lock = SessionLock.take(bench.progress(), err);
      if (lock.isEmpty()) {
        return ExitCode.FAILED;
      }
      try (Terminal terminal = StagecraftTerminal.open()) {
        Path state = home.resolve(".stagecraft");
        Files.createDirectories(state);
        new Repl(bench, terminal).run(state.resolve("history"));
        return ExitCode.OK;
      } finally {
        lock.get().ifPresent(ProgressLock::close);
      }
    } catch (CourseException e) {
      err.println(ForeignText.forTerminal(e.getMessage()));
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
