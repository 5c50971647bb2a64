package dev.stagecraft.cli;

import dev.stagecraft.app.Checked;
import dev.stagecraft.app.EngineConnector;
import dev.stagecraft.app.FileProblems;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.AtomicFiles;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.OpenSessions;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.report.JsonReport;
import dev.stagecraft.report.JunitReport;
import dev.stagecraft.report.TerminalReport;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.OutputMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft check EXERCISE}: builds the learner's Dockerfile and grades it. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Build an exercise's Dockerfile on the Docker engine and grade it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every check passes",
      "1:a check fails",
      "2:bad input (unknown exercise, unreadable Dockerfile, bad exercise.yaml)",
      "3:no Docker engine (static results are still shown)"
    })
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "EXERCISE",
      description = "Exercise id or number, e.g. 03-go-scratch or 3.")
  String exerciseId;

  @Option(
      names = "--dockerfile",
      paramLabel = "FILE",
      description = "Grade this Dockerfile instead of the exercise's own.")
  Optional<Path> dockerfile;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Also write the report as JUnit XML to FILE.")
  Optional<Path> junit;

  @Option(
      names = "--watch",
      description =
          "Check now and again on every save of the Dockerfile or its folder; Enter checks now,"
              + " q leaves. STAGECRAFT_WATCH=enter checks on Enter only.")
  boolean watch;

  @Option(names = "--builder", paramLabel = "BUILDER", description = BuilderOption.DESCRIPTION)
  Optional<String> builder = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutputMode screen = OutputMode.forStandardOutput();
    Optional<Map<String, String>> withBuilder =
        BuilderOption.environment("check", builder, System.getenv(), err);
    if (withBuilder.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    Path home = CourseOption.home(spec);
    EngineConnector connector = EngineConnector.fromEnvironment(withBuilder.get());
    try (Workbench bench = Workbench.open(home, ProgressStore.forHome(home), connector)) {
      Optional<Exercise> exercise = bench.course().exercise(exerciseId);
      if (exercise.isEmpty()) {
        err.println(Messages.unknownExercise(exerciseId, bench.course()));
        return ExitCode.BAD_INPUT;
      }
      if (watch) {
        return WatchRun.watch(bench, exercise.get(), dockerfile, json || junit.isPresent(), err);
      }
      ProgressPrinter progress = new ProgressPrinter(err);
      long stopsBefore = OpenSessions.stops();
      Checked checked;
      OpenSessions.CommandUnderWay underWay = OpenSessions.commandUnderWay();
      try {
        checked = bench.check(exercise.get(), dockerfile, progress::accept);
        if (OpenSessions.stops() != stopsBefore) {
          // Ctrl-C broke the build off: a report would blame the engine for it.
          err.println("Check stopped; nothing was graded.");
          err.flush();
          return ExitCode.STOPPED;
        }
      } finally {
        underWay.close();
      }
      Grade grade = checked.grade();
      checked.warnings().forEach(err::println);
      if (json) {
        out.print(JsonReport.render(grade));
      } else {
        out.print(new TerminalReport(screen.color(), screen.width()).render(grade));
      }
      if (junit.isPresent()) {
        try {
          AtomicFiles.write(junit.get(), JunitReport.render(grade));
        } catch (IOException e) {
          // The grade stands; only its copy for CI is missing, so its exit code stays.
          err.println("Could not write the JUnit report: " + FileProblems.describe(e));
        }
      }
      out.flush();
      if (!grade.engineReachable()) {
        return ExitCode.NO_ENGINE;
      }
      return grade.passed() ? ExitCode.OK : ExitCode.FAILED;
    } catch (CourseException | CheckSpecException e) {
      err.println(ForeignText.forTerminal(e.getMessage()));
      return ExitCode.BAD_INPUT;
    } catch (IOException e) {
      err.println(FileProblems.describe(e));
      return ExitCode.BAD_INPUT;
    }
  }
}
