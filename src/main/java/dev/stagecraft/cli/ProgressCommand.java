package dev.stagecraft.cli;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.LoadedProgress;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.report.LearnerProgressJson;
import dev.stagecraft.report.LearnerProgressText;
import dev.stagecraft.terminal.OutputMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft progress}: the learner's progress in words; {@code progress export --json}: the
 * same for instructors' scripts.
 */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = "Show your progress through the course, in words.",
    subcommands = ProgressCommand.Export.class)
public final class ProgressCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final Supplier<Path> home;
  private final Function<Path, ProgressStore> store;
  private final Supplier<OutputMode> mode;

  public ProgressCommand() {
    // The course is known only once picocli has parsed --course into the root command.
    this.home = () -> CourseOption.home(spec);
    this.store = ProgressStore::forHome;
    this.mode = OutputMode::forStandardOutput;
  }

  ProgressCommand(
      Supplier<Path> home, Function<Path, ProgressStore> store, Supplier<OutputMode> mode) {
    this.home = home;
    this.store = store;
    this.mode = mode;
  }

  @Override
  public Integer call() {
    return withProgress(
        spec,
        (course, loaded) ->
            LearnerProgressText.render(course, loaded.progress(), mode.get().width()));
  }

  /** Loads the course and its progress, prints warnings, then what {@code render} makes of them. */
  private int withProgress(
      CommandSpec commandSpec,
      java.util.function.BiFunction<Course, LoadedProgress, String> render) {
    PrintWriter out = commandSpec.commandLine().getOut();
    PrintWriter err = commandSpec.commandLine().getErr();
    Course course;
    try {
      course = Course.load(home.get());
    } catch (CourseException e) {
      err.println("stagecraft: " + e.getMessage());
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    LoadedProgress loaded = store.apply(course.home()).load();
    loaded.warnings().forEach(w -> err.println("stagecraft: warning: " + w));
    err.flush();
    out.print(render.apply(course, loaded));
    out.flush();
    return ExitCode.OK;
  }

  /** {@code progress export --json}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Print your progress for an instructor: per exercise its status, checks, hints shown and"
            + " when it passed. The fields are described in docs/progress-export.md."
      })
  static final class Export implements Callable<Integer> {

    @Spec CommandSpec spec;

    @picocli.CommandLine.ParentCommand ProgressCommand parent;

    @Option(
        names = "--json",
        required = true,
        description = "Print JSON (the one format today; asked for so others can follow).")
    boolean json;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
      String learner = System.getProperty("user.name", "");
      return parent.withProgress(
          spec,
          (course, loaded) ->
              LearnerProgressJson.render(course, loaded.progress(), clock.instant(), learner));
    }
  }
}
