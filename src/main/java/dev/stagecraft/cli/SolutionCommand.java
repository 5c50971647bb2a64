package dev.stagecraft.cli;

import dev.stagecraft.app.FileProblems;
import dev.stagecraft.app.Solution;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.MarkdownRenderer;
import dev.stagecraft.terminal.OutputMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft solution EXERCISE [--reveal]}: the reference solution, once the exercise has
 * passed; before that only with {@code --reveal}, so the answer is never given away by accident.
 */
@Command(
    name = "solution",
    description =
        "Show an exercise's reference solution: after you pass it, or before with --reveal.",
    mixinStandardHelpOptions = true)
public final class SolutionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXERCISE", description = "Exercise id or number.")
  String exerciseId;

  @Option(
      names = {"--reveal", "--yes"},
      description = "Show it even though the exercise has not passed yet.")
  boolean reveal;

  private final Supplier<Path> home;
  private final Supplier<OutputMode> mode;
  private final Function<Path, ProgressStore> progress;

  /** The command as the launcher runs it: the course home, its progress, the standard output. */
  public SolutionCommand() {
    this.home = () -> CourseOption.home(spec);
    this.mode = OutputMode::forStandardOutput;
    this.progress = ProgressStore::forHome;
  }

  /** A command on the course at {@code home} with the given progress and output; for tests. */
  SolutionCommand(
      Supplier<Path> home, Supplier<OutputMode> mode, Function<Path, ProgressStore> progress) {
    this.home = home;
    this.mode = mode;
    this.progress = progress;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Course course = Course.load(home.get());
      Optional<Exercise> exercise = course.exercise(exerciseId);
      if (exercise.isEmpty()) {
        err.println(Messages.unknownExercise(exerciseId, course));
        return ExitCode.BAD_INPUT;
      }
      Solution solution = Solution.read(course.home(), exercise.get());
      if (!reveal && !Solution.passed(progress.apply(course.home()), exercise.get())) {
        err.println(
            "stagecraft: "
                + exercise.get().id()
                + " has not passed yet, so its solution stays hidden; `./stagecraft check "
                + exercise.get().id()
                + "` grades yours. To see the answer anyway: ./stagecraft solution "
                + exercise.get().id()
                + " --reveal");
        return ExitCode.BAD_INPUT;
      }
      OutputMode output = mode.get();
      spec.commandLine()
          .getOut()
          .print(
              new MarkdownRenderer(output.glyphs())
                  .render(
                      solution.markdown(),
                      Math.min(output.width(), LessonCommand.MAX_READING_WIDTH),
                      output.color()));
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    } catch (CourseException e) {
      err.println("stagecraft: " + ForeignText.forTerminal(e.getMessage()));
      return ExitCode.BAD_INPUT;
    } catch (IOException e) {
      err.println("stagecraft: " + FileProblems.describe(e));
      return ExitCode.BAD_INPUT;
    }
  }
}
