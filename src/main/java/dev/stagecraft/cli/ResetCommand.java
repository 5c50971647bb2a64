package dev.stagecraft.cli;

import dev.stagecraft.app.FileProblems;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.StarterReset;
import dev.stagecraft.terminal.ForeignText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft reset EXERCISE}: restores the starter, keeping the learner's file. */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description =
        "Restore an exercise's starter Dockerfile; yours is kept as Dockerfile.<time>.bak.")
public final class ResetCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXERCISE", description = "Exercise id or number.")
  String exerciseId;

  @Override
  public Integer call() {
    try {
      Course course = Course.load(CourseOption.home(spec));
      Optional<Exercise> exercise = course.exercise(exerciseId);
      if (exercise.isEmpty()) {
        spec.commandLine().getErr().println(Messages.unknownExercise(exerciseId, course));
        return ExitCode.BAD_INPUT;
      }
      Optional<Path> backup = StarterReset.forCourse(course).reset(exercise.get());
      spec.commandLine()
          .getOut()
          .println(
              "Restored "
                  + course.home().relativize(exercise.get().dockerfile())
                  + backup
                      .map(b -> "; your version is kept as " + course.home().relativize(b))
                      .orElse("")
                  + ".");
      return ExitCode.OK;
    } catch (CourseException e) {
      spec.commandLine().getErr().println(ForeignText.forTerminal(e.getMessage()));
      return ExitCode.BAD_INPUT;
    } catch (IOException e) {
      spec.commandLine().getErr().println(FileProblems.describe(e));
      return ExitCode.BAD_INPUT;
    }
  }
}
