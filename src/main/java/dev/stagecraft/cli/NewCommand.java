package dev.stagecraft.cli;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.ExerciseScaffold;
import dev.stagecraft.terminal.ForeignText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft new exercise NAME [--lesson ID]}: scaffolding for course authors. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Create something new in the course (an exercise).",
    subcommands = {NewCommand.NewExercise.class})
public final class NewCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Without a subcommand, says which there are. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK;
  }

  @Command(
      name = "exercise",
      mixinStandardHelpOptions = true,
      description =
          "Scaffold exercises/NN-NAME/ (starter Dockerfile, a tiny app, exercise.yaml, TASK.md)"
              + " and solutions/NN-NAME/Dockerfile, numbered after the last exercise. It"
              + " validates as it stands: the starter fails, the solution passes.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:created", "2:bad name, name taken, unknown lesson or a bad course"})
  static final class NewExercise implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "Lowercase words joined by dashes: go-api.")
    String name;

    @Option(names = "--lesson", paramLabel = "ID", description = "The lesson that teaches it.")
    Optional<String> lesson = Optional.empty();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path home = CourseOption.home(spec);
      try {
        ExerciseScaffold.Created created = ExerciseScaffold.create(Course.load(home), name, lesson);
        out.println("Created " + created.id() + " in " + home + ":");
        created.files().forEach(file -> out.println("  " + file));
        created
            .lessonFile()
            .ifPresent(
                file ->
                    out.println(
                        ForeignText.forTerminal(
                            "Add " + created.id() + " to 'exercises:' in " + file + ".")));
        out.println("Prove it (the starter must fail, the solution pass), then make it yours:");
        out.println("  ./stagecraft validate " + created.id() + " --offline");
        return ExitCode.OK;
      } catch (CourseException e) {
        err.println("stagecraft: " + ForeignText.forTerminal(e.getMessage()));
        return ExitCode.BAD_INPUT;
      } finally {
        out.flush();
        err.flush();
      }
    }
  }
}
